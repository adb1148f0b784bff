/// The JSON Notify POSTs to a service's delivery-status callback (interfaces.md D3; notifications-api
/// `create_delivery_status_callback_data`): `{id, reference, to, status, created_at, completed_at, sent_at,
/// notification_type, template_id, template_version}`. Only `id` and `status` are required here; fields that
/// forks add (`status_description`, `provider_response`) are ignored.
public struct DeliveryReceipt: Codable, Sendable, Hashable {
    public var id: String
    public var reference: String?
    public var to: String?
    public var status: String
    public var createdAt: String?
    public var completedAt: String?
    public var sentAt: String?
    public var notificationType: String?
    public var templateID: String?
    public var templateVersion: Int?

    public init(id: String, reference: String?, to: String?, status: String, createdAt: String?,
                completedAt: String?, sentAt: String?, notificationType: String?, templateID: String?,
                templateVersion: Int?) {
        self.id = id
        self.reference = reference
        self.to = to
        self.status = status
        self.createdAt = createdAt
        self.completedAt = completedAt
        self.sentAt = sentAt
        self.notificationType = notificationType
        self.templateID = templateID
        self.templateVersion = templateVersion
    }

    enum CodingKeys: String, CodingKey {
        case id, reference, to, status, createdAt = "created_at", completedAt = "completed_at", sentAt = "sent_at"
        case notificationType = "notification_type", templateID = "template_id", templateVersion = "template_version"
    }
}
