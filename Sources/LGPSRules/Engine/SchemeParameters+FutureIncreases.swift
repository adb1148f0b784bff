extension SchemeParameters {
    /// These parameters with the revaluation and pensions increase series carried on to `date` at `rate` each
    /// 6 April after their last published order (0% for the statement and dashboards basis of "in today's
    /// terms"; an assumed CPI for a projection). Added entries are marked DERIVED and cite the assumption.
    public func carryingIncreases(to date: CalendarDate, at rate: Rate, after published: CalendarDate? = nil) -> SchemeParameters {
        var p = self
        let reference = Reference(title: rate == Rate(.zero)
            ? "No revaluation or increases assumed after the last published order (figures in today's terms)"
            : "Projection assumption: CPI \(rate) a year")
        func extend(_ series: DatedSeries<Rate>, floorAtZero: Bool) -> DatedSeries<Rate> {
            var entries = series.entries.filter { entry in published.map { entry.effective <= $0 } ?? true }
            let last = entries.last?.effective
            guard (last.map { $0.year <= date.year } ?? true) else { return series }
            var year = (last?.year ?? date.year) + 1
            let value = floorAtZero ? max(rate, Rate(.zero)) : rate
            while year <= date.year + 1 {
                entries.append(.init(effective: CalendarDate(year, 4, 6), value: value, reference: reference,
                                     verification: .derived))
                year += 1
            }
            return DatedSeries(name: series.name, entries: entries, lastValueStillValidOn: series.lastValueStillValidOn)
        }
        p.careRevaluation = extend(careRevaluation, floorAtZero: false)
        p.pensionsIncrease = extend(pensionsIncrease, floorAtZero: true)
        return p
    }
}
