/// Whole-time pay for each future Scheme year under a projection's assumptions: growth each 1 April (compounded
/// or added), with promotions applied from their date (pro rata by days in the year they happen).
public struct PayPath: Sendable {
    public let assumptions: ProjectionAssumptions
    public let revaluation: DatedSeries<Rate>

    public init(assumptions: ProjectionAssumptions, revaluation: DatedSeries<Rate>) {
        self.assumptions = assumptions
        self.revaluation = revaluation
    }

    /// The growth rate applied on 1 April of `year`'s start: the fixed rate, or CPI (the revaluation order for
    /// that April, or the assumed CPI) plus the margin.
    public func growth(into year: SchemeYear) -> Rate {
        switch assumptions.payGrowth.basis {
        case .fixed(let rate):
            return rate
        case .cpiPlus(let margin):
            let april = year.start
            let entry = revaluation.entries.last { $0.effective.year == april.year && $0.effective.month == april.month }
            let cpi = entry.flatMap { $0.effective <= assumptions.inflation.actualThrough ? $0.value : nil }
                ?? assumptions.inflation.assumed
            return Rate(cpi.fraction + margin.fraction)
        }
    }

    /// Whole-time pay for Scheme years from the one containing `asAt` to `last`. Each year's figure is rounded
    /// to the nearest penny (the projection's only rounding point for pay, so long projections stay exact
    /// integers); a promotion on day d of a year of n days adds (n − d + 1)/n of its rise in that year.
    public func wholeTimePay(through last: SchemeYear) -> [(year: SchemeYear, pay: Money)] {
        var result: [(SchemeYear, Money)] = []
        let first = SchemeYear(containing: assumptions.asAt)
        guard first <= last else { return [] }
        var level = assumptions.wholeTimePay
        var addedGrowth = Fraction.zero
        var promoted = Money.zero  // in added mode: rises from past promotions, added to the grown base
        var year = first
        while year <= last {
            if year > first {
                let g = growth(into: year).fraction
                switch assumptions.payGrowth.mode {
                case .compound: level = Money.rounding(level.exactly(times: .one + g), .nearestPennyHalfUp)
                case .added:
                    addedGrowth = addedGrowth + g
                    level = Money.rounding(assumptions.wholeTimePay.exactly(times: .one + addedGrowth), .nearestPennyHalfUp)
                        + promoted
                }
                for promotion in assumptions.promotions where year.previous.contains(promotion.date)
                    && promotion.date > assumptions.asAt {
                    let rise = Money.rounding(level.exactly(times: promotion.rate.fraction), .nearestPennyHalfUp)
                    level += rise
                    promoted += rise
                }
            }
            var pay = level.exact
            for promotion in assumptions.promotions where year.contains(promotion.date) && promotion.date > assumptions.asAt {
                let share = Fraction(Int64(promotion.date.days(until: year.end) + 1), Int64(year.length))
                pay = pay * (.one + promotion.rate.fraction * share)
            }
            result.append((year, Money.rounding(pay, .nearestPennyHalfUp)))
            year = year.next
        }
        return result
    }
}
