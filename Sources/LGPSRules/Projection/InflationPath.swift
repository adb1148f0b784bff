/// The CPI path a projection uses: the published orders up to `actualThrough`, then `assumed` each year (applied
/// through `SchemeParameters.carryingIncreases`: revaluation as it is, pensions increase never below zero).
public struct InflationPath: Sendable, Hashable {
    /// The last date whose published revaluation and pensions increase orders are used.
    public var actualThrough: CalendarDate
    /// The yearly CPI assumed after that.
    public var assumed: Rate

    public init(actualThrough: CalendarDate, assumed: Rate) {
        self.actualThrough = actualThrough
        self.assumed = assumed
    }
}
