/// The CPI path a projection uses: the published orders up to `actualThrough`, then `assumed` each year. The
/// active revaluation uses the rate as it is (it can be negative); pensions increase never goes below zero.
public struct InflationPath: Sendable, Hashable {
    /// The last date whose published revaluation and pensions increase orders are used.
    public var actualThrough: CalendarDate
    /// The yearly CPI assumed after that.
    public var assumed: Rate

    public init(actualThrough: CalendarDate, assumed: Rate) {
        self.actualThrough = actualThrough
        self.assumed = assumed
    }

    /// The revaluation rate for the revaluation date `date`: the order in `series` if published (on or before
    /// `actualThrough`), otherwise the assumption.
    public func revaluation(on date: CalendarDate, series: DatedSeries<Rate>) -> (rate: Rate, actual: Bool) {
        if date <= actualThrough, let entry = series.entries.last(where: { $0.effective == date }) {
            return (entry.value, true)
        }
        return (assumed, false)
    }

    /// The pensions increase for the year beginning at `date`, never negative.
    public func increase(on date: CalendarDate, series: DatedSeries<Rate>) -> (rate: Rate, actual: Bool) {
        if date <= actualThrough, let entry = try? series.entry(on: date), entry.effective.year == date.year {
            return (entry.value, true)
        }
        return (max(assumed, Rate(.zero)), false)
    }
}
