/// Pension earned in one Scheme year: main-section pay × 1/49 plus 50/50-section pay × 1/98.
///
/// Each part is worked out exactly and rounded to the nearest penny; the two parts are the addends of the
/// result. Pay includes any assumed pensionable pay (`CareYear` already splits pay by section).
/// - Legislation: SI 2013/2356 reg. 23(4) (main section, 1/49) and 23(5) (50/50 section, 1/98); reg. 10.
public func earnedPension(mainPay: Money, fiftyFiftyPay: Money, in year: SchemeYear,
                          accrual: DatedSeries<AccrualFractions>) throws(ParameterError) -> Calculation<Money> {
    let entry = try accrual.entry(on: year.start)
    var working = Working()
    let main = Money.rounding(mainPay.exactly(times: entry.value.careMain), .nearestPennyHalfUp)
    working.record(CalculationStep(title: "Pension earned in the main section, \(year)",
                                   inputs: [.init("Pensionable pay", .money(mainPay))], result: .money(main),
                                   isAddend: true, parameter: ParameterUse(accrual, entry, shown: .fraction(entry.value.careMain)),
                                   regulation: "SI 2013/2356 reg. 23(4)", note: "Rounded to the nearest penny."))
    let half = Money.rounding(fiftyFiftyPay.exactly(times: entry.value.careFiftyFifty), .nearestPennyHalfUp)
    working.record(CalculationStep(title: "Pension earned in the 50/50 section, \(year)",
                                   inputs: [.init("Pensionable pay", .money(fiftyFiftyPay))], result: .money(half),
                                   isAddend: true,
                                   parameter: ParameterUse(accrual, entry, shown: .fraction(entry.value.careFiftyFifty)),
                                   regulation: "SI 2013/2356 reg. 23(5)", note: "Rounded to the nearest penny."))
    return working.result(main + half)
}
