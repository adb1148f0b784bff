/// The late retirement increase for benefits drawn on `retirementDate` after `normalPensionDate`.
///
/// The table in force on the retirement date is used for the whole period late, even when the period spans a
/// table change (stated in the step note). Each day late earns the daily percentage for the year late it falls
/// in (1st, 2nd, … year after NPA; the last figure applies to later years); the daily percentages are summed
/// exactly. The automatic lump sum is increased the same way only when the table says so.
/// - Legislation: SI 2013/2356 reg. 30(6) (increase in accordance with actuarial guidance); GAD late
///   retirement guidance.
public func lateRetirementIncrease(retirementDate: CalendarDate, normalPensionDate: CalendarDate,
                                   tables: DatedSeries<LateRetirementTable>) throws(ParameterError)
    -> Calculation<RetirementFactor> {
    var working = Working()
    guard retirementDate > normalPensionDate else {
        working.record(CalculationStep(title: "No late retirement increase", result: .flag(false),
                                       regulation: "SI 2013/2356 reg. 30(6)"))
        return working.result(.none)
    }
    let entry = try tables.entry(on: retirementDate)
    let rates = entry.value.dailyIncrease
    guard let lastRate = rates.last else { throw .missing(parameter: "\(tables.name) daily increase") }
    var increase = Fraction.zero
    var yearLate = 0
    while normalPensionDate.adding(years: yearLate) < retirementDate {
        let from = normalPensionDate.adding(years: yearLate)
        let to = min(normalPensionDate.adding(years: yearLate + 1), retirementDate)
        let rate = yearLate < rates.count ? rates[yearLate] : lastRate
        let days = from.days(until: to)
        increase = increase + rate.fraction * Fraction(Int64(days))
        working.record(CalculationStep(title: "Late retirement year \(yearLate + 1)", inputs: [.init("Days", .days(days))],
                                       result: .rate(Rate(rate.fraction * Fraction(Int64(days)))),
                                       parameter: ParameterUse(tables, entry, shown: .rate(rate)),
                                       regulation: "SI 2013/2356 reg. 30(6)",
                                       note: "Table in force on the retirement date used for every day late."))
        yearLate += 1
    }
    working.record(CalculationStep(title: "Late retirement increase", inputs: [.init("Days late", .days(normalPensionDate.days(until: retirementDate)))],
                                   result: .rate(Rate(increase)), regulation: "SI 2013/2356 reg. 30(6)"))
    let lump = entry.value.appliesToLumpSum ? .one + increase : .one
    return working.result(RetirementFactor(pension: .one + increase, lumpSum: lump))
}
