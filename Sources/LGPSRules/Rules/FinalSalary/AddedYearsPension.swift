/// The pension value of added years bought under a pre-2008 contract: final pay × (days purchased / 365) × the
/// tranche's accrual fraction (1/80 for contracts counted with pre-2008 membership, 1/60 otherwise), exact and
/// rounded to the nearest penny.
/// - Legislation: SI 1997/1612 reg. 55 (added years); SI 2007/1166 reg. 4; SI 2014/525 Sch. 1.
public func addedYearsPension(daysPurchased: Int, tranche: Tranche, finalPay: Money, on date: CalendarDate,
                              accrual: DatedSeries<AccrualFractions>, terms: FinalSalaryTerms) throws(ParameterError)
    -> Calculation<Money> {
    let entry = try accrual.entry(on: date)
    let fraction = tranche == .pre2008Eightieths ? entry.value.pre2008Pension : entry.value.from2008Pension
    let years = Fraction(Int64(daysPurchased), Int64(terms.daysPerYear))
    let value = Money.rounding(finalPay.exactly(times: years * fraction), .nearestPennyHalfUp)
    var working = Working()
    working.record(CalculationStep(title: "Pension from added years (\(tranche.label))",
                                   inputs: [.init("Final pay", .money(finalPay)), .init("Days purchased", .days(daysPurchased)),
                                            .init("Years", .fraction(years))],
                                   result: .money(value), isAddend: true,
                                   parameter: ParameterUse(accrual, entry, shown: .fraction(fraction)),
                                   regulation: "SI 1997/1612 reg. 55", note: "Exact, then rounded to the nearest penny."))
    return working.result(value)
}
