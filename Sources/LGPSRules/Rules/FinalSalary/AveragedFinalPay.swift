/// Pensionable pay (whole-time equivalent) for one Scheme year ending 31 March.
public struct SchemeYearPay: Hashable, Sendable {
    /// The Scheme year (ending 31 March).
    public var year: SchemeYear
    /// Whole-time-equivalent pensionable pay for the year.
    public var pay: Money

    /// Creates a year's pay.
    public init(year: SchemeYear, pay: Money) {
        self.year = year
        self.pay = pay
    }
}

/// Final pay under a reg. 10 election (pay reduced or restricted): the highest average of any `averagedYears`
/// (3) consecutive Scheme years ending 31 March that lie wholly within the `averagingLookbackYears` (13) years
/// ending on the day of leaving. A year missing from `pay` breaks the run. The average is rounded to the nearest
/// penny. Returns `nil` when no run of consecutive years fits.
/// - Legislation: SI 2009/3150 reg. 10 (continued by SI 2014/525 Sch. 1); SI 2007/1166 reg. 8.
public func averagedFinalPay(pay: [SchemeYearPay], leftOn: CalendarDate, terms: FinalSalaryTerms)
    -> Calculation<Money?> {
    var working = Working()
    let windowStart = leftOn.adding(years: -terms.averagingLookbackYears).adding(days: 1)
    let inWindow = Dictionary(pay.filter { $0.year.start >= windowStart && $0.year.end <= leftOn }.map { ($0.year, $0.pay) },
                              uniquingKeysWith: { first, _ in first })
    var best: (start: SchemeYear, total: Money)? = nil
    for first in inWindow.keys.sorted() {
        let run = (0..<terms.averagedYears).map { SchemeYear(startYear: first.startYear + $0) }
        let amounts = run.compactMap { inWindow[$0] }
        guard amounts.count == run.count else { continue }
        let total = amounts.reduce(Money.zero, +)
        if best.map({ total > $0.total }) ?? true { best = (first, total) }
    }
    guard let best else {
        working.record(CalculationStep(title: "No \(terms.averagedYears) consecutive years in the last \(terms.averagingLookbackYears)",
                                       result: .flag(false), regulation: "SI 2009/3150 reg. 10"))
        return working.result(nil)
    }
    let last = SchemeYear(startYear: best.start.startYear + terms.averagedYears - 1)
    working.record(CalculationStep(title: "Best \(terms.averagedYears) consecutive years: \(best.start) to \(last)",
                                   inputs: [.init("Window starts", .date(windowStart)), .init("Total pay", .money(best.total))],
                                   result: .money(best.total), regulation: "SI 2009/3150 reg. 10(2)"))
    let average = Money.rounding(best.total.exact / Fraction(Int64(terms.averagedYears)), .nearestPennyHalfUp)
    working.record(CalculationStep(title: "Averaged final pay", inputs: [.init("Years", .count(terms.averagedYears))],
                                   result: .money(average), regulation: "SI 2009/3150 reg. 10(2)",
                                   note: "Rounded to the nearest penny."))
    return working.result(average)
}
