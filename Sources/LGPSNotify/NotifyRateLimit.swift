import LGPSStorage

/// The one ``RateWindow`` that the sender and the poller share, so together they stay under Notify's limit.
public actor NotifyRateLimit {
    private var window: RateWindow

    public init(window: RateWindow = RateWindow()) { self.window = window }

    /// Takes up to `wanted` requests at `at`; returns how many may be made now.
    public func reserve(_ wanted: Int, at: Timestamp) -> Int { window.reserve(wanted, at: at) }

    /// When the next request may be made, if none may be made at `at`.
    public func nextOpening(at: Timestamp) -> Timestamp? { window.nextOpening(at: at) }
}
