/// An email waiting in, or settled through, the notification outbox (REL-8): written before anyone is told it
/// was sent, so nothing acknowledged is lost.
public struct OutboxNotification: Hashable, Sendable, Codable {
    public var id: Int64
    public var fundID: Int64
    public var personID: Int64?
    public var email: String
    /// The template the sender fills in (a fund-editable template's name).
    public var template: String
    /// The values the template is filled with (AUTH-18: never a password, code or key).
    public var personalisation: [String: String]
    public var status: NotificationStatus
    /// How many times a sender has claimed it.
    public var attempts: Int
    /// The caller's idempotency key: enqueueing the same reference again gives back this notification.
    public var reference: String?
    /// The email provider's id for the message, once sent (bounces arrive by it).
    public var providerID: String?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var lastError: String?
    /// When the provider accepted it (the latest send).
    public var sentAt: Timestamp?
    /// The provider's latest delivery report for the latest send, if any.
    public var deliveryStatus: NotificationDeliveryStatus?
    /// When that report was made (Notify's `completed_at`, else when it reached us).
    public var deliveryAt: Timestamp?
    /// A queued notification is not claimed before this (back-off after a failed attempt).
    public var retryAt: Timestamp?
    /// How many times it was sent again after a technical failure at the provider (at most once).
    public var technicalResends: Int

    public init(id: Int64, fundID: Int64, personID: Int64?, email: String, template: String,
                personalisation: [String: String], status: NotificationStatus, attempts: Int, reference: String?,
                providerID: String?, createdAt: Timestamp, updatedAt: Timestamp, lastError: String?,
                sentAt: Timestamp? = nil, deliveryStatus: NotificationDeliveryStatus? = nil,
                deliveryAt: Timestamp? = nil, retryAt: Timestamp? = nil, technicalResends: Int = 0) {
        self.id = id
        self.fundID = fundID
        self.personID = personID
        self.email = email
        self.template = template
        self.personalisation = personalisation
        self.status = status
        self.attempts = attempts
        self.reference = reference
        self.providerID = providerID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.lastError = lastError
        self.sentAt = sentAt
        self.deliveryStatus = deliveryStatus
        self.deliveryAt = deliveryAt
        self.retryAt = retryAt
        self.technicalResends = technicalResends
    }
}

/// The life of a notification: `queued` → `sending` (claimed by a sender) → `sent`, then `delivered` or
/// `bounced` (the address does not work) when the provider reports; or `failed`. A failure worth retrying goes
/// back to `queued`.
public enum NotificationStatus: String, Sendable, Codable, CaseIterable {
    case queued, sending, sent, failed, bounced, delivered

    /// Statuses of notifications that did not reach the member and never will without staff action.
    public static let undelivered: [NotificationStatus] = [.failed, .bounced]
}
