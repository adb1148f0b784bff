import LGPSStorage

/// A sliding 60-second window of requests to Notify (interfaces.md D3: "3000 requests per 60 seconds"), kept as
/// the times of the requests in the window. Pure: the caller gives the time.
public struct RateWindow: Sendable, Hashable {
    /// Notify's limit per window (D3).
    public static let notifyLimit = 3_000
    /// Notify's window (D3: 60 seconds), in microseconds.
    public static let notifyWindowMicroseconds: Int64 = 60 * 1_000_000

    public let limit: Int
    public let windowMicroseconds: Int64
    /// Request times in the window, oldest first.
    private(set) var times: [Int64] = []

    public init(limit: Int = RateWindow.notifyLimit, windowMicroseconds: Int64 = RateWindow.notifyWindowMicroseconds) {
        self.limit = max(1, limit)
        self.windowMicroseconds = windowMicroseconds
    }

    /// Takes up to `wanted` requests at `at`; returns how many may be made now.
    public mutating func reserve(_ wanted: Int, at: Timestamp) -> Int {
        forget(before: at)
        let granted = max(0, min(wanted, limit - times.count))
        times.append(contentsOf: repeatElement(at.microseconds, count: granted))
        return granted
    }

    /// When the next request may be made, if none may be made at `at`.
    public func nextOpening(at: Timestamp) -> Timestamp? {
        let live = times.filter { $0 > at.microseconds - windowMicroseconds }
        guard live.count >= limit, let oldest = live.first else { return nil }
        return Timestamp(microseconds: oldest + windowMicroseconds)
    }

    /// Drops requests older than the window.
    private mutating func forget(before at: Timestamp) {
        let cutoff = at.microseconds - windowMicroseconds
        if let firstLive = times.firstIndex(where: { $0 > cutoff }) {
            times.removeFirst(firstLive)
        } else {
            times.removeAll()
        }
    }
}
