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

    public init(id: Int64, fundID: Int64, personID: Int64?, email: String, template: String,
                personalisation: [String: String], status: NotificationStatus, attempts: Int, reference: String?,
                providerID: String?, createdAt: Timestamp, updatedAt: Timestamp, lastError: String?) {
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
    }
}

/// The life of a notification: `queued` → `sending` (claimed by a sender) → `sent`, then perhaps `bounced`; or
/// `failed`. A failure worth retrying goes back to `queued`.
public enum NotificationStatus: String, Sendable, Codable, CaseIterable {
    case queued, sending, sent, failed, bounced
}
