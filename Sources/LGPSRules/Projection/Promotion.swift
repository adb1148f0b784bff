/// A promotion assumed in a projection: whole-time pay rises by `rate` on `date` (on top of general growth).
public struct Promotion: Sendable, Hashable {
    public var date: CalendarDate
    public var rate: Rate

    public init(date: CalendarDate, rate: Rate) {
        self.date = date
        self.rate = rate
    }
}
