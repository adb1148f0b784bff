/// Additional pension bought by additional regular contributions (ARC) contracts, as the record credits it by
/// Scheme year (`CareYear.additionalRegularContributions`): each year's credit counts from the 31 March that
/// ends its Scheme year and is increased by every pensions increase order after that (first part year pro rata,
/// see `increaseForPensions`). Credits after `date` are not yet bought and are left out. One step checks the
/// whole amount bought against the ARC limit in force when the last credit was made.
///
/// ARC pension is a 2008 Scheme benefit held beside the 2014 Scheme pension account, not in it (SI 2014/525
/// Sch. 1 keeps contracts made before April 2014 on their terms), so it is not revalued as CARE pension is.
/// - Legislation: SI 2007/1166 reg. 14 (additional regular contributions); SI 2014/525 Sch. 1; Pensions
///   (Increase) Act 1971. LGA guide Part 2 Table 1 "ARC purchased (inc PI to 31/03/20xx)" [seed 001].
public func arcPension(credits years: [CareYear], to date: CalendarDate, pensionsIncrease: DatedSeries<Rate>,
                       limit: DatedSeries<Money>) throws(ParameterError) -> Calculation<Money> {
    var working = Working()
    let credits = years.filter { $0.additionalRegularContributions != .zero && $0.schemeYear.end <= date }
        .sorted { $0.schemeYear < $1.schemeYear }
    guard let last = credits.last else { return working.result(.zero) }
    let bought = credits.reduce(Money.zero) { $0 + $1.additionalRegularContributions }
    let entry = try limit.entry(on: last.schemeYear.end)
    working.record(CalculationStep(title: "ARC pension within the limit", inputs: [.init("Bought", .money(bought))],
                                   result: .flag(bought <= entry.value),
                                   parameter: ParameterUse(limit, entry, shown: .money(entry.value)),
                                   regulation: "SI 2007/1166 reg. 14"))
    var total = Money.zero
    for year in credits {
        let increased = working.includeAsWorking(increaseForPensions(
            pension: year.additionalRegularContributions, startedOn: year.schemeYear.end, to: date,
            pensionsIncrease: pensionsIncrease))
        total += increased
        working.record(CalculationStep(title: "ARC pension credited for \(year.schemeYear), with pensions increases",
                                       inputs: [.init("Credited", .money(year.additionalRegularContributions))],
                                       result: .money(increased), isAddend: true,
                                       regulation: "SI 2007/1166 reg. 14; Pensions (Increase) Act 1971 s. 1"))
    }
    return working.result(total)
}
