/// Checks additional pension bought by APC against the limit in force on `date` (the limit is uprated each
/// year). SCAPC to buy back pension lost in unpaid absence is not counted (UNVERIFIED reading of reg. 16,
/// flagged in the step note).
/// - Legislation: SI 2013/2356 reg. 16(2)(e) and (4) (maximum additional pension); reg. 16 (APC).
public func additionalPensionLimitCheck(purchased: Money, on date: CalendarDate,
                                        limit: DatedSeries<Money>) throws(ParameterError) -> Calculation<Bool> {
    let entry = try limit.entry(on: date)
    let within = purchased <= entry.value
    var working = Working()
    working.record(CalculationStep(title: "APC additional pension within the limit",
                                   inputs: [.init("Additional pension bought", .money(purchased))], result: .flag(within),
                                   parameter: ParameterUse(limit, entry, shown: .money(entry.value)),
                                   regulation: "SI 2013/2356 reg. 16",
                                   note: "SCAPC buying back lost pension not counted (UNVERIFIED)."))
    return working.result(within)
}
