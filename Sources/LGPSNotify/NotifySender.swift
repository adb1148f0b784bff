import LGPSStorage
import Logging

/// Sends the member portal's queued emails through GOV.UK Notify (REL-8, interfaces.md D3). A pass puts back
/// claims abandoned by a stopped sender, claims as many queued notifications as the rate window allows (at most
/// a batch), sends each with the fund's template id and settles it: `markSent` with Notify's id; a request
/// Notify refuses (400) fails for good; a refused key (403) fails that one, puts the rest back and is logged as
/// critical; 429, 5xx and no answer go back to the queue with back-off.
public struct NotifySender: Sendable {
    /// Notifications claimed in one pass (sent one after another: with a 30 s timeout each, a pass ends well
    /// within ``claimTimeoutMicroseconds``).
    public static let batchSize = 20
    /// A claim older than this with no outcome belongs to a sender that stopped, and is put back (15 minutes).
    public static let claimTimeoutMicroseconds: Int64 = 15 * 60 * 1_000_000
    /// Personalisation fields holding a portal path, made into a full address with the link base.
    public static let linkFields: Set<String> = ["link"]

    let outbox: any NotificationOutbox
    let notify: any NotifyAPI
    let templates: NotifyTemplates
    let linkBaseURL: String?
    let rate: NotifyRateLimit
    let retry: RetryPolicy
    let clock: any WallClock
    let logger: Logger

    public init(outbox: any NotificationOutbox, notify: any NotifyAPI, templates: NotifyTemplates,
                linkBaseURL: String? = nil, rate: NotifyRateLimit = NotifyRateLimit(), retry: RetryPolicy = RetryPolicy(),
                clock: any WallClock, logger: Logger) {
        self.outbox = outbox
        self.notify = notify
        self.templates = templates
        self.linkBaseURL = linkBaseURL
        self.rate = rate
        self.retry = retry
        self.clock = clock
        self.logger = logger
    }

    /// One pass (see the type's summary).
    public func sendBatch() async throws -> SendTally {
        var tally = SendTally()
        let now = clock.now()
        tally.requeued = try await outbox.requeueAbandoned(
            claimedBefore: Timestamp(microseconds: now.microseconds - Self.claimTimeoutMicroseconds), at: now)
        let allowed = await rate.reserve(Self.batchSize, at: now)
        guard allowed > 0 else {
            tally.waitUntil = await rate.nextOpening(at: now)
            return tally
        }
        var claimed = try await outbox.claim(limit: allowed, at: now)[...]
        while let notification = claimed.popFirst() {
            let stop = try await send(notification, tally: &tally)
            if let stop {
                try await release(Array(claimed), until: stop.until, reason: stop.reason, tally: &tally)
                break
            }
        }
        return tally
    }

    /// Sends one notification and settles it; returns why the pass should stop, if it should.
    private func send(_ n: OutboxNotification, tally: inout SendTally) async throws
        -> (reason: String, until: Timestamp)? {
        guard let templateID = templates.id(for: n.template) else {
            logger.error("No Notify template for an email", metadata: [
                "event": "notify.template_missing", "template": "\(n.template)",
                "variable": "\(NotifyTemplates.variable(for: n.template))", "notification_id": "\(n.id)"])
            try await deferOrFail(n, error: "No Notify template id for '\(n.template)'", tally: &tally)
            return nil
        }
        let request = EmailRequest(emailAddress: n.email, templateID: templateID,
                                   personalisation: personalisation(n.personalisation),
                                   reference: Self.reference(for: n))
        let result = await notify.sendEmail(request)
        let at = clock.now()
        switch result {
        case .success(let sent):
            try await outbox.markSent(id: n.id, providerID: sent.id, at: at)
            tally.sent += 1
        case .rejected(let status, let message):
            logger.warning("Notify refused an email", metadata: [
                "event": "notify.rejected", "notification_id": "\(n.id)", "status": "\(status)"])
            try await outbox.markFailed(id: n.id, error: message, retryAt: nil, at: at)
            tally.failed += 1
        case .unauthorised(let message):
            logger.critical("Notify refused our API key: no email will be sent until the key is fixed", metadata: [
                "event": "notify.unauthorised", "notification_id": "\(n.id)", "message": "\(message)"])
            try await outbox.markFailed(id: n.id, error: message, retryAt: nil, at: at)
            tally.failed += 1
            tally.unauthorised = true
            return ("Not tried: Notify refused the API key", at)
        case .retryLater(let reason, let rateLimited):
            logger.warning("Notify could not take an email now", metadata: [
                "event": rateLimited ? "notify.rate_limited" : "notify.retry", "notification_id": "\(n.id)",
                "reason": "\(reason)"])
            try await deferOrFail(n, error: reason, tally: &tally)
            if rateLimited {
                let until = Timestamp(microseconds: at.microseconds + retry.rateLimitedPauseMicroseconds)
                tally.waitUntil = until
                return ("Not tried: Notify's rate limit", until)
            }
        }
        return nil
    }

    /// Back to the queue with back-off, or failed once the attempts are used up.
    private func deferOrFail(_ n: OutboxNotification, error: String, tally: inout SendTally) async throws {
        let at = clock.now()
        let retryAt = retry.retryAt(afterAttempt: n.attempts, at: at)
        try await outbox.markFailed(id: n.id, error: error, retryAt: retryAt, at: at)
        if retryAt == nil { tally.failed += 1 } else { tally.deferred += 1 }
    }

    /// Puts claimed notifications that were not tried back in the queue.
    private func release(_ rest: [OutboxNotification], until: Timestamp, reason: String,
                         tally: inout SendTally) async throws {
        for n in rest {
            try await outbox.markFailed(id: n.id, error: reason, retryAt: until, at: clock.now())
            tally.deferred += 1
        }
    }

    /// The personalisation with portal paths made into full addresses.
    func personalisation(_ fields: [String: String]) -> [String: String] {
        guard let base = linkBaseURL.map({ $0.hasSuffix("/") ? String($0.dropLast()) : $0 }) else { return fields }
        var result = fields
        for (key, value) in fields where Self.linkFields.contains(key) && value.hasPrefix("/") {
            result[key] = base + value
        }
        return result
    }

    /// Notify's `reference` for a notification: our id only, no personal data (D3).
    public static func reference(for n: OutboxNotification) -> String { "lgps-notification-\(n.id)" }
}
