/// The durable outbox of emails to members (REL-8, AUTH-18): a notification is committed before the caller
/// carries on, then claimed and settled by a sender.
public protocol NotificationOutbox: Sendable {
    /// REL-8: queued durably in the caller's moment; `reference` makes enqueueing idempotent (the same reference
    /// gives back the existing notification, unchanged).
    func enqueue(fundID: Int64, personID: Int64?, email: String, template: String, personalisation: [String: String],
                 reference: String?, at: Timestamp) async throws -> OutboxNotification
    /// Claims up to `limit` queued notifications whose back-off (`retryAt`) has passed by `at`, oldest first, for
    /// a sender (status → sending, attempts + 1). Concurrent claimers never get the same notification.
    func claim(limit: Int, at: Timestamp) async throws -> [OutboxNotification]
    /// Puts back in the queue notifications claimed before `claimedBefore` and never settled (their sender
    /// stopped); returns how many.
    func requeueAbandoned(claimedBefore: Timestamp, at: Timestamp) async throws -> Int
    /// Records the provider's id for a sent notification, and `at` as when it was sent (any earlier delivery
    /// report belonged to an earlier send and is cleared). A notification already settled is left as it is;
    /// `StorageError.notFound` if there is none with `id`.
    func markSent(id: Int64, providerID: String, at: Timestamp) async throws
    /// Records a failed attempt: back to queued when `retry`, else failed. A settled notification is left as it
    /// is; `StorageError.notFound` if there is none with `id`.
    func markFailed(id: Int64, error: String, retry: Bool, at: Timestamp) async throws
    /// Records a failed attempt with back-off: back to queued and not claimed before `retryAt`, or failed for good
    /// when `retryAt` is nil. A settled notification is left as it is; `StorageError.notFound` if there is none.
    func markFailed(id: Int64, error: String, retryAt: Timestamp?, at: Timestamp) async throws
    /// Records the provider's delivery report for the message it knows as `providerID` (interfaces.md D3):
    /// `delivered` → delivered; `permanent-failure` → bounced, and the address is recorded as not working;
    /// `temporary-failure` → failed; `technical-failure` → queued to send once more (REL-8), failed the second
    /// time; other statuses are noted and change nothing else. Idempotent: a report already recorded, or one
    /// after a final report, changes nothing. `StorageError.notFound` if no notification has that provider id.
    func recordDelivery(providerID: String, status: NotificationDeliveryStatus, reportedAt: Timestamp,
                        at: Timestamp) async throws -> NotificationDeliveryOutcome
    /// Sent notifications with no final delivery report that were sent at or after `sentSince`, oldest first, at
    /// most `limit` (what a poller should ask the provider about).
    func awaitingDelivery(sentSince: Timestamp, limit: Int) async throws -> [OutboxNotification]
    /// The fund's email addresses reported as not working (only the person's, when given), newest first.
    func undeliverableAddresses(fundID: Int64, personID: Int64?) async throws -> [UndeliverableNotificationAddress]
    /// Records that the provider reported the message undeliverable; `StorageError.notFound` if no notification
    /// has that provider id.
    func markBounced(providerID: String, error: String, at: Timestamp) async throws
    /// The fund's notifications (only the person's, when given), newest first, at most `limit`.
    func list(fundID: Int64, personID: Int64?, limit: Int) async throws -> [OutboxNotification]
    /// How many of the fund's notifications are in each status (statuses with none are absent).
    func counts(fundID: Int64) async throws -> [NotificationStatus: Int]
}
