import Foundation
import LGPSRules

/// The real clock: UTC instants from the system, and today's civil date in Europe/London.
public struct SystemClock: WallClock {
    /// Creates the system clock.
    public init() {}

    /// Now, in microseconds since the Unix epoch.
    public func now() -> Timestamp {
        let seconds = Date().timeIntervalSince1970
        return Timestamp(microseconds: Int64((seconds * 1_000_000).rounded()))
    }

    /// Today's date in the UK.
    public func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
