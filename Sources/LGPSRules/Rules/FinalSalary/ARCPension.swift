/// Additional pension bought by an additional regular contributions (ARC) contract, increased by pensions
/// increase from the date the contract completed (first part year pro rata, see `increaseForPensions`), with
/// a check against the ARC limit in force when it was bought.
/// - Legislation: SI 2007/1166 reg. 14 (additional regular contributions); SI 2014/525 Sch. 1; Pensions
///   (Increase) Act 1971.
public func arcPension(purchased: Money, completedOn: CalendarDate, to date: CalendarDate,
                       pensionsIncrease: DatedSeries<Rate>, limit: DatedSeries<Money>) throws(ParameterError)
    -> Calculation<Money> {
    let entry = try limit.entry(on: completedOn)
    var working = Working()
    working.record(CalculationStep(title: "ARC pension within the limit", inputs: [.init("Bought", .money(purchased))],
                                   result: .flag(purchased <= entry.value),
                                   parameter: ParameterUse(limit, entry, shown: .money(entry.value)),
                                   regulation: "SI 2007/1166 reg. 14"))
    let increased = working.include(increaseForPensions(pension: purchased, startedOn: completedOn, to: date,
                                                        pensionsIncrease: pensionsIncrease))
    return working.result(increased)
}
