import LGPSRules
import LGPSStorage
import NIOConcurrencyHelpers

/// A clock tests move by hand (to pass session timeouts); each read also ticks a millisecond so audit entries
/// get distinct times.
final class TestClock: WallClock {
    private let instant = NIOLockedValueBox<Int64>(1_795_000_000_000_000)
    let date = CalendarDate(2026, 11, 22)

    func now() -> Timestamp {
        Timestamp(microseconds: instant.withLockedValue { value in
            defer { value += 1_000 }
            return value
        })
    }

    func today() -> CalendarDate { date }

    /// Moves the clock on by `seconds`.
    func advance(seconds: Int64) {
        instant.withLockedValue { $0 += seconds * 1_000_000 }
    }
}
