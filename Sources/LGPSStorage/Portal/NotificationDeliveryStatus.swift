/// What GOV.UK Notify last said about an email it accepted (interfaces.md D3, "Statuses"; the values are
/// Notify's own strings, so a callback or a poll is stored as it came).
public enum NotificationDeliveryStatus: String, Sendable, Codable, CaseIterable {
    /// Accepted by Notify, not yet handed to the email provider.
    case created
    /// With the email provider.
    case sending
    /// Text messages only: waiting for the network.
    case pending
    /// Text messages only (international): sent, with no receipt to come.
    case sent
    /// In the recipient's inbox.
    case delivered
    /// The address does not work: Notify says to remove it from our records.
    case permanentFailure = "permanent-failure"
    /// Not delivered after 72 hours (inbox full, for example).
    case temporaryFailure = "temporary-failure"
    /// A fault at Notify: send again.
    case technicalFailure = "technical-failure"

    /// Whether nothing more will be reported after this status (D3: Notify keeps a message 7 days).
    public var isFinal: Bool {
        switch self {
        case .created, .sending, .pending: false
        case .sent, .delivered, .permanentFailure, .temporaryFailure, .technicalFailure: true
        }
    }
}
