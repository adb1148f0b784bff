import LGPSStorage

/// A message the mock Notify accepted, with the status it will report.
public struct MockNotifyMessage: Sendable, Hashable {
    public var id: String
    public var reference: String?
    /// The email address, or the first address line of a letter.
    public var recipient: String
    public var type: String
    public var templateID: String
    public var personalisation: [String: String]
    /// Notify's status: `created` until ``MockNotify`` settles it.
    public var status: String
    public var createdAt: Timestamp
    public var completedAt: Timestamp?

    /// The JSON `GET /v2/notifications/{id}` answers with (interfaces.md D3's fields that apply).
    var report: [String: JSONValue] {
        [
            "id": .string(id), "reference": reference.map(JSONValue.string) ?? .null,
            type == "email" ? "email_address" : "line_1": .string(recipient), "type": .string(type),
            "status": .string(status),
            "template": .object(["id": .string(templateID), "version": .number(1),
                                 "uri": .string("/v2/template/\(templateID)/version/1")]),
            "body": .string("Mock message"), "subject": .string("Mock subject"),
            "created_at": .string(NotifyTime.format(createdAt)),
            "sent_at": .string(NotifyTime.format(createdAt)),
            "completed_at": completedAt.map { .string(NotifyTime.format($0)) } ?? .null,
        ]
    }

    /// The delivery-status callback body (D3).
    var callback: DeliveryReceipt {
        DeliveryReceipt(id: id, reference: reference, to: recipient, status: status,
                        createdAt: NotifyTime.format(createdAt), completedAt: completedAt.map(NotifyTime.format),
                        sentAt: NotifyTime.format(createdAt), notificationType: type, templateID: templateID,
                        templateVersion: 1)
    }

    /// The status an address leads to: `@bounce.example` → `permanent-failure`, `@full.example` →
    /// `temporary-failure`, `@fault.example` → `technical-failure`, anything else `delivered`.
    public static func outcome(for recipient: String) -> String {
        let address = recipient.lowercased()
        if address.hasSuffix("@bounce.example") { return "permanent-failure" }
        if address.hasSuffix("@full.example") { return "temporary-failure" }
        if address.hasSuffix("@fault.example") { return "technical-failure" }
        return "delivered"
    }
}
