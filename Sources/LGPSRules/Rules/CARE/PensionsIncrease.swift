/// Increases a deferred pension or a pension in payment by every Pensions Increase (Review) Order taking effect
/// after `startedOn` and on or before `date`. A negative figure is never applied (the increase is then 0%).
///
/// First part year (UNVERIFIED method, flagged in the step note): when the pension started less than 12 months
/// before an order takes effect, that order is paid pro rata by months: months from `startedOn` to the order's
/// date, a part month counting as a whole month, over 12. Each increase is exact and rounded to the nearest
/// penny; the starting pension and the increases are the addends. A pension that started more than a year
/// before the first order held gets a step saying the earlier increases are not included.
/// - Legislation: Pensions (Increase) Act 1971 s. 1 and Social Security Pensions Act 1975 s. 59; SI 2013/2356
///   reg. 24(4B) (PI on deferred pensions after the revaluation adjustment).
public func increaseForPensions(pension: Money, startedOn: CalendarDate, to date: CalendarDate,
                                pensionsIncrease: DatedSeries<Rate>) -> Calculation<Money> {
    var working = Working()
    working.record(CalculationStep(title: "Pension before increases", inputs: [.init("Started on", .date(startedOn))],
                                   result: .money(pension), isAddend: true, regulation: "Pensions (Increase) Act 1971 s. 1"))
    if let first = pensionsIncrease.entries.first, startedOn.adding(years: 1) < first.effective {
        working.record(CalculationStep(
            title: "Pensions increase orders before \(first.effective.longUK) are not held",
            inputs: [.init("Started on", .date(startedOn))], result: .text("earlier increases not included"),
            regulation: "Pensions (Increase) Act 1971 s. 1",
            note: "Add the earlier orders to the fund's pensions increase parameters to include them."))
    }
    var amount = pension
    let orders = pensionsIncrease.entries(from: startedOn.adding(days: 1), through: date)
    for entry in orders {
        let rate = max(entry.value.fraction, .zero)
        var months = 0
        while startedOn.adding(months: months) < entry.effective && months < 12 { months += 1 }
        let share = Fraction(Int64(months), 12)
        let increase = Money.rounding(amount.exactly(times: rate * share), .nearestPennyHalfUp)
        amount += increase
        working.record(CalculationStep(
            title: "Pensions increase on \(entry.effective.longUK)",
            inputs: [.init("Pension", .money(amount - increase)), .init("Share of the year", .fraction(share))],
            result: .money(increase), isAddend: true,
            parameter: ParameterUse(pensionsIncrease, entry, shown: .rate(entry.value)),
            regulation: "Pensions (Increase) Act 1971 s. 1",
            note: (months < 12 ? "First part year pro rata by months, part month counted whole (UNVERIFIED method). "
                   : "") + "Never negative; rounded to the nearest penny."))
    }
    return working.result(amount)
}
