/// The body of `POST /v2/notifications/email` (interfaces.md D3). `reference` is ours and must hold no personal
/// data: the sender uses the outbox id.
public struct EmailRequest: Codable, Sendable, Hashable {
    public var emailAddress: String
    public var templateID: String
    public var personalisation: [String: String]
    public var reference: String?

    public init(emailAddress: String, templateID: String, personalisation: [String: String], reference: String?) {
        self.emailAddress = emailAddress
        self.templateID = templateID
        self.personalisation = personalisation
        self.reference = reference
    }

    enum CodingKeys: String, CodingKey {
        case emailAddress = "email_address", templateID = "template_id", personalisation, reference
    }
}
