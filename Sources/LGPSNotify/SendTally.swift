import LGPSStorage

/// What one pass of the sender did.
public struct SendTally: Sendable, Hashable {
    /// Accepted by Notify.
    public var sent = 0
    /// Failed for good (Notify refused the request, or too many attempts).
    public var failed = 0
    /// Put back to try again later.
    public var deferred = 0
    /// Claims found abandoned by a stopped sender and put back.
    public var requeued = 0
    /// Notify refused the key (403): sending should pause until a person fixes it.
    public var unauthorised = false
    /// Nothing more may be sent before this (rate limit), if set.
    public var waitUntil: Timestamp?

    public init() {}

    /// Notifications claimed and settled in the pass.
    public var handled: Int { sent + failed + deferred }
}
