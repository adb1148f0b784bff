/// The emails the member portal queues (Sources/LGPSWeb/Portal), each with the plain-English name staff see on
/// a person's page. The sender needs a Notify template id for each (``NotifyTemplates``).
public struct PortalEmailTemplate: Sendable, Hashable {
    /// The name the outbox stores.
    public var name: String
    /// What staff see.
    public var title: String

    /// Every template the portal uses today.
    public static let all: [PortalEmailTemplate] = [
        .init(name: "registration-code", title: "Code to finish registering"),
        .init(name: "account-created", title: "Online account created"),
        .init(name: "sign-in-code", title: "Sign-in code"),
        .init(name: "password-reset", title: "Link to reset password"),
        .init(name: "password-changed", title: "Password changed"),
        .init(name: "email-changed", title: "Email address changed"),
        .init(name: "bank-details-changed", title: "Bank details changed"),
        .init(name: "bank-details-applied", title: "New bank details checked and in use"),
        .init(name: "bank-details-declined", title: "New bank details not used"),
        .init(name: "nominations-changed", title: "Death grant nominations changed"),
        .init(name: "recovery-codes-replaced", title: "New recovery codes made"),
        .init(name: "recovery-code-used", title: "Recovery code used to sign in"),
        .init(name: "code-replayed", title: "Warning: a used sign-in code was tried again"),
    ]

    /// The plain-English name for a stored template name; an unknown one is shown as it is stored.
    public static func title(for name: String) -> String {
        all.first { $0.name == name }?.title ?? "Email (\(name))"
    }
}
