import LGPSStorage

/// When a notification that could not be sent is tried again: after 30 seconds, doubling each attempt, never
/// more than an hour apart, and given up after 10 attempts (about 5 hours in all). Our own policy: Notify's
/// guidance is only to retry 429 and 5xx answers after a pause; its own callbacks retry 5 times, 300 s apart.
public struct RetryPolicy: Sendable, Hashable {
    /// The first pause.
    public var firstPauseMicroseconds: Int64 = 30 * 1_000_000
    /// The longest pause.
    public var longestPauseMicroseconds: Int64 = 60 * 60 * 1_000_000
    /// Attempts (claims) after which a passing failure counts as final.
    public var maximumAttempts = 10
    /// The pause after Notify says 429 (its window is 60 seconds, D3).
    public var rateLimitedPauseMicroseconds: Int64 = RateWindow.notifyWindowMicroseconds

    public init() {}

    /// When to try again after attempt number `attempts` failed at `at`; nil when it is time to give up.
    public func retryAt(afterAttempt attempts: Int, at: Timestamp) -> Timestamp? {
        guard attempts < maximumAttempts else { return nil }
        var pause = firstPauseMicroseconds
        for _ in 1..<max(1, attempts) where pause < longestPauseMicroseconds { pause *= 2 }
        return Timestamp(microseconds: at.microseconds + min(pause, longestPauseMicroseconds))
    }
}
