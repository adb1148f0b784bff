/// A period with a start and an optional end (open when still running), both days included.
public struct UnderpinPeriod: Sendable, Hashable {
    /// First day.
    public var from: CalendarDate
    /// Last day, `nil` while the period continues.
    public var to: CalendarDate?

    public init(from: CalendarDate, to: CalendarDate?) {
        self.from = from
        self.to = to
    }
}
