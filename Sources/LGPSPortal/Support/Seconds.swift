import LGPSStorage

/// Whole seconds between timestamps, for the portal's time rules (AUTH-8, AUTH-12, AUTH-13). Time always comes in
/// as a `Timestamp` argument: nothing here reads a clock.
enum Seconds {
    /// Microseconds in one second (`Timestamp` counts microseconds).
    static let microseconds: Int64 = 1_000_000

    /// Whole seconds since 1970 at `time`, rounded down (also before 1970).
    static func since1970(_ time: Timestamp) -> Int64 {
        let (quotient, remainder) = time.microseconds.quotientAndRemainder(dividingBy: microseconds)
        return remainder < 0 ? quotient - 1 : quotient
    }

    /// `time` moved on by `seconds`.
    static func adding(_ seconds: Int64, to time: Timestamp) -> Timestamp {
        Timestamp(microseconds: time.microseconds + seconds * microseconds)
    }

    /// Seconds from `now` until `later`, rounded up so a caller told to wait that long is not refused again;
    /// zero when `later` has passed.
    static func until(_ later: Timestamp, from now: Timestamp) -> Int64 {
        let gap = later.microseconds - now.microseconds
        guard gap > 0 else { return 0 }
        return (gap + microseconds - 1) / microseconds
    }
}
