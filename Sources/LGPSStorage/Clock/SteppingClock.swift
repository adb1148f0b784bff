import LGPSRules
import NIOConcurrencyHelpers

/// A clock that moves forward by a fixed step every time it is read, for tests that need distinct times.
public final class SteppingClock: WallClock {
    private let next: NIOLockedValueBox<Int64>
    /// Microseconds added after each read.
    public let stepMicroseconds: Int64
    /// The date `today()` returns.
    public let date: CalendarDate

    /// Creates a clock that starts at `start` and advances `stepMicroseconds` per read of `now()`.
    public init(start: Timestamp, stepMicroseconds: Int64 = 1_000_000, date: CalendarDate) {
        next = NIOLockedValueBox(start.microseconds)
        self.stepMicroseconds = stepMicroseconds
        self.date = date
    }

    /// The current instant; the clock then steps forward.
    public func now() -> Timestamp {
        let step = stepMicroseconds
        return Timestamp(microseconds: next.withLockedValue { value in
            defer { value += step }
            return value
        })
    }

    /// The fixed date.
    public func today() -> CalendarDate { date }
}
