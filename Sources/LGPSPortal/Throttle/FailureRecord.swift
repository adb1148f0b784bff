import LGPSStorage

/// Failures remembered for one key in one scope (AUTH-8): recent failures while counting towards the limit, then
/// the back-off level and when the current back-off ends. Holds at most `limit` timestamps.
struct FailureRecord: Sendable {
    /// Failures within the window, oldest first, while no back-off has started.
    private(set) var recent: [Timestamp] = []
    /// Back-offs started so far (0 while counting towards the limit).
    private(set) var level = 0
    /// When the current back-off ends.
    private(set) var lockedUntil: Timestamp?
    /// The last failure counted.
    private(set) var lastFailure: Timestamp

    /// A record whose first failure is at `now` (not yet counted: call `recordFailure`).
    init(startingAt now: Timestamp) { lastFailure = now }

    /// Seconds until the back-off ends, or `nil` if attempts are allowed at `now`.
    func retryAfter(at now: Timestamp) -> Int64? {
        guard let lockedUntil, now < lockedUntil else { return nil }
        return Seconds.until(lockedUntil, from: now)
    }

    /// When the record has been quiet long enough to forget: a window after the later of the last failure and the
    /// end of the last back-off.
    func forgettableFrom(window: Int64) -> Timestamp {
        Seconds.adding(window, to: max(lastFailure, lockedUntil ?? lastFailure))
    }

    /// Counts a failure at `now` under `policy`, where `limit` failures in the window start the first back-off.
    /// A failure during a back-off is not counted: the attempt should have been refused unchecked.
    mutating func recordFailure(at now: Timestamp, limit: Int, policy: ThrottlePolicy) {
        guard retryAfter(at: now) == nil else { return }
        lastFailure = now
        if level == 0 {
            let windowStart = Seconds.adding(-policy.windowSeconds, to: now)
            recent.removeAll { $0 <= windowStart }
            recent.append(now)
            guard recent.count >= limit else { return }
            recent.removeAll()
        }
        level += 1
        lockedUntil = Seconds.adding(policy.backOffSeconds(level: level), to: now)
    }
}
