/// A message's state as Notify reports it, from `GET /v2/notifications/{id}` or a delivery-status callback
/// (interfaces.md D3). Times are Notify's ISO 8601 strings, parsed by ``NotifyTime``.
public struct NotificationReport: Codable, Sendable, Hashable {
    public var id: String
    public var reference: String?
    public var status: String
    public var createdAt: String?
    public var sentAt: String?
    public var completedAt: String?

    public init(id: String, reference: String?, status: String, createdAt: String?, sentAt: String?,
                completedAt: String?) {
        self.id = id
        self.reference = reference
        self.status = status
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.completedAt = completedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, reference, status, createdAt = "created_at", sentAt = "sent_at", completedAt = "completed_at"
    }
}
