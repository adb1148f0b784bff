/// Revalues an active member's pension account balance by the Treasury revaluation order in force on a
/// revaluation date (negative orders apply: −0.1% in 2016). The adjustment is worked out exactly and rounded to
/// the nearest penny; the result is the balance plus the adjustment, both marked as addends.
/// - Legislation: SI 2013/2356 reg. 23(2)(e) and reg. 24 (revaluation of active accounts); Public Service
///   Pensions Act 2013 s. 9; SI 2023/279 (revaluation date 6 April from 2023).
public func revalue(balance: Money, onRevaluationDate date: CalendarDate,
                    revaluation: DatedSeries<Rate>) throws(ParameterError) -> Calculation<Money> {
    let entry = try revaluation.entry(on: date)
    var working = Working()
    working.record(CalculationStep(title: "Balance before revaluation", result: .money(balance), isAddend: true,
                                   regulation: "SI 2013/2356 reg. 24"))
    let adjustment = Money.rounding(balance.exactly(times: entry.value.fraction), .nearestPennyHalfUp)
    working.record(CalculationStep(title: "Revaluation on \(entry.effective.longUK)",
                                   inputs: [.init("Balance", .money(balance))], result: .money(adjustment), isAddend: true,
                                   parameter: ParameterUse(revaluation, entry, shown: .rate(entry.value)),
                                   regulation: "SI 2013/2356 reg. 24; PSPA 2013 s. 9",
                                   note: "Treasury order applied as made (negative allowed); rounded to the nearest penny."))
    return working.result(balance + adjustment)
}

/// The revaluation order whose revaluation date falls in `year` (1 April to 2022, 6 April from 2023), or a
/// typed error when the series has none in that Scheme year.
/// - Legislation: SI 2013/2356 reg. 24; SI 2023/279.
public func revaluationEntry(in year: SchemeYear, revaluation: DatedSeries<Rate>) throws(ParameterError)
    -> DatedSeries<Rate>.Entry {
    guard let entry = revaluation.entries(from: year.start, through: year.end).first else {
        throw .notCovered(parameter: revaluation.name, date: year.start)
    }
    return entry
}
