import LGPSStorage
import Logging

/// Applies a delivery report, from a callback or a poll, to the outbox (interfaces.md D3) and logs what it did
/// by ids only (no address: LOG-, DATA-3). A permanent failure is a warning, since staff must act on it, and
/// (with a ``PostalFallback``) puts a task in the work queue to write to the member instead.
public struct DeliveryRecorder: Sendable {
    let outbox: any NotificationOutbox
    let clock: any WallClock
    let logger: Logger
    /// Where a permanent failure sends staff to write to the member instead; nil records the failure only.
    let fallback: PostalFallback?

    public init(outbox: any NotificationOutbox, clock: any WallClock, logger: Logger, fallback: PostalFallback? = nil) {
        self.outbox = outbox
        self.clock = clock
        self.logger = logger
        self.fallback = fallback
    }

    /// Records `status` for Notify's message `providerID`, reported at `completedAt` (Notify's time; now when
    /// absent). Throws ``DeliveryReportError`` for a status Notify does not use, `StorageError.notFound` for a
    /// message we did not send.
    public func record(providerID: String, status: String, completedAt: String?) async throws
        -> NotificationDeliveryOutcome {
        guard let delivery = NotificationDeliveryStatus(rawValue: status) else {
            throw DeliveryReportError.unknownStatus(status)
        }
        let now = clock.now()
        let outcome = try await outbox.recordDelivery(providerID: providerID, status: delivery,
                                                      reportedAt: completedAt.flatMap(NotifyTime.parse) ?? now, at: now)
        let metadata: Logger.Metadata = [
            "event": "notify.delivery", "notification_id": "\(outcome.notification.id)", "status": "\(status)",
            "outcome": "\(Self.describe(outcome))"]
        if case .recorded(let notification) = outcome, delivery == .permanentFailure {
            logger.warning("An email address does not work", metadata: metadata)
            if let task = try await fallback?.queue(for: notification, at: now) {
                logger.info("Staff asked to write instead", metadata: [
                    "event": "notify.postal_fallback", "notification_id": "\(notification.id)", "task_id": "\(task.id)"])
            }
        } else {
            logger.info("Delivery report", metadata: metadata)
        }
        return outcome
    }

    static func describe(_ outcome: NotificationDeliveryOutcome) -> String {
        switch outcome {
        case .recorded: "recorded"
        case .unchanged: "unchanged"
        case .requeued: "requeued"
        }
    }
}

/// A delivery report that cannot be applied.
public enum DeliveryReportError: Error, Hashable, Sendable {
    /// Not one of Notify's statuses.
    case unknownStatus(String)
}
