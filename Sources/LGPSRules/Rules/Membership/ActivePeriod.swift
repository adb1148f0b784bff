/// A period of active membership (or of membership counted with it, such as a transfer), from `from` to `to`
/// inclusive; `to` is `nil` while the member is still active.
public struct ActivePeriod: Hashable, Sendable {
    /// First day of the period.
    public var from: CalendarDate
    /// Last day of the period; `nil` while continuing.
    public var to: CalendarDate?

    /// Creates a period; `to` is `nil` while the period is continuing.
    public init(from: CalendarDate, to: CalendarDate?) {
        self.from = from
        self.to = to
    }

    /// Calendar days of the period up to and including `date` (0 when the period starts after it).
    public func days(through date: CalendarDate) -> Int {
        let end = min(to ?? date, date)
        return end < from ? 0 : from.days(until: end) + 1
    }
}
