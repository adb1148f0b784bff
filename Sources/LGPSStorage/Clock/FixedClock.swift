import LGPSRules

/// A clock that always says the same thing, for tests.
public struct FixedClock: WallClock {
    /// The instant `now()` returns.
    public var instant: Timestamp
    /// The date `today()` returns.
    public var date: CalendarDate

    /// Creates a clock stopped at `instant` on `date`.
    public init(instant: Timestamp, date: CalendarDate) {
        self.instant = instant
        self.date = date
    }

    /// The fixed instant.
    public func now() -> Timestamp { instant }
    /// The fixed date.
    public func today() -> CalendarDate { date }
}
