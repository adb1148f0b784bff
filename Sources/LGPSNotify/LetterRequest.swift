/// The body of `POST /v2/notifications/letter` (interfaces.md D3): the address goes in the personalisation as
/// `address_line_1` (required) to `address_line_7`, with the template's own fields beside it. Letters can only
/// be sent once the service is live.
public struct LetterRequest: Codable, Sendable, Hashable {
    public var templateID: String
    public var personalisation: [String: String]
    public var reference: String?

    public init(templateID: String, addressLines: [String], personalisation: [String: String], reference: String?) {
        var fields = personalisation
        for (index, line) in addressLines.enumerated() { fields["address_line_\(index + 1)"] = line }
        self.templateID = templateID
        self.personalisation = fields
        self.reference = reference
    }

    enum CodingKeys: String, CodingKey {
        case templateID = "template_id", personalisation, reference
    }
}
