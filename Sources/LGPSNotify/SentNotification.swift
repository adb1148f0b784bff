/// The parts of Notify's 201 response to a send that we keep (interfaces.md D3: `{id, reference, content, uri,
/// template}`).
public struct SentNotification: Codable, Sendable, Hashable {
    /// Notify's id for the message: delivery receipts and `GET /v2/notifications/{id}` use it.
    public var id: String
    public var reference: String?
    public var uri: String?
    public var template: TemplateReference?

    public init(id: String, reference: String?, uri: String?, template: TemplateReference?) {
        self.id = id
        self.reference = reference
        self.uri = uri
        self.template = template
    }

    /// The template a message was made from.
    public struct TemplateReference: Codable, Sendable, Hashable {
        public var id: String
        public var version: Int
        public var uri: String?

        public init(id: String, version: Int, uri: String?) {
            self.id = id
            self.version = version
            self.uri = uri
        }
    }
}
