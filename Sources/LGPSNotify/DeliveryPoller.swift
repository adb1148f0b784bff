import LGPSStorage
import Logging

/// Asks Notify about sent emails that have no final delivery report yet (`GET /v2/notifications/{id}`), for
/// when a callback was lost or none is set up. Only emails sent in the last 7 days are asked about: Notify keeps
/// nothing older (interfaces.md D3).
public struct DeliveryPoller: Sendable {
    /// How far back Notify keeps messages (D3: "Only the last 7 days are kept").
    public static let horizonMicroseconds: Int64 = 7 * 24 * 60 * 60 * 1_000_000
    /// Most messages asked about in one pass.
    public static let batchSize = 200

    let outbox: any NotificationOutbox
    let notify: any NotifyAPI
    let rate: NotifyRateLimit
    let recorder: DeliveryRecorder
    let clock: any WallClock
    let logger: Logger

    public init(outbox: any NotificationOutbox, notify: any NotifyAPI, rate: NotifyRateLimit = NotifyRateLimit(),
                clock: any WallClock, logger: Logger, fallback: PostalFallback? = nil) {
        self.outbox = outbox
        self.notify = notify
        self.rate = rate
        self.recorder = DeliveryRecorder(outbox: outbox, clock: clock, logger: logger, fallback: fallback)
        self.clock = clock
        self.logger = logger
    }

    /// What one pass did.
    public struct Tally: Sendable, Hashable {
        /// Messages asked about.
        public var asked = 0
        /// Reports that changed a notification.
        public var changed = 0
        /// Messages Notify could not tell us about this time.
        public var unanswered = 0
    }

    /// One pass over the oldest awaiting messages, as many as the rate window allows.
    public func pollOnce() async throws -> Tally {
        var tally = Tally()
        let now = clock.now()
        let since = Timestamp(microseconds: now.microseconds - Self.horizonMicroseconds)
        let awaiting = try await outbox.awaitingDelivery(sentSince: since, limit: Self.batchSize)
        let allowed = await rate.reserve(awaiting.count, at: now)
        for n in awaiting.prefix(allowed) {
            guard let providerID = n.providerID else { continue }
            tally.asked += 1
            switch await notify.notification(id: providerID) {
            case .success(let report):
                do {
                    let outcome = try await recorder.record(providerID: providerID, status: report.status,
                                                            completedAt: report.completedAt)
                    if case .unchanged = outcome {} else { tally.changed += 1 }
                } catch is DeliveryReportError {
                    tally.unanswered += 1
                }
            case .unauthorised(let message):
                logger.critical("Notify refused our API key while checking deliveries", metadata: [
                    "event": "notify.unauthorised", "message": "\(message)"])
                tally.unanswered += 1
                return tally
            case .rejected, .retryLater:
                tally.unanswered += 1
            }
        }
        return tally
    }
}
