/// Rebuilds a pension account year by year to `date`: for each Scheme year, the opening balance (last year's
/// closing), the revaluation applied in the year, the pension earned from pay, transfers in, APC and SCAPC
/// additional pension, and the closing balance. Returns the rebuilt `CareYear`s (missing years filled with
/// zero pay), so `isBalanced` holds for every row; pay, contributions and APP are copied from the input.
///
/// Revaluation: while active, each year's opening balance is revalued by the Treasury order whose revaluation
/// date falls in that year (once the date is on or before `date`). A member who left on `leftOn` gets no
/// part-year revaluation at leaving; the closing balance of the year of leaving gets the revaluation
/// adjustment at the next revaluation date, and from the Scheme year after that, pensions increase (never
/// negative, in full) instead. ARC pension is not part of the account (see `arcPension`).
/// - Legislation: SI 2013/2356 regs. 22–24 (pension accounts, revaluation, revaluation adjustment), reg. 16
///   (APC, SCAPC), reg. 23(4)–(5); SI 2023/279 (6 April revaluation date, reg. 24(4A)–(4B)).
public func rollPensionAccount(years: [CareYear], leftOn: CalendarDate?, to date: CalendarDate,
                               parameters: SchemeParameters) throws(ParameterError) -> Calculation<[CareYear]> {
    var working = Working()
    guard let first = years.map(\.schemeYear).min() else { return working.result([]) }
    let byYear = Dictionary(years.map { ($0.schemeYear, $0) }, uniquingKeysWith: { a, _ in a })
    let leavingYear = leftOn.map { SchemeYear(containing: $0) }
    var rows: [CareYear] = []
    var closing = Money.zero
    var year = first
    while year.start <= date {
        let input = byYear[year]
        var row = CareYear(schemeYear: year, mainPay: input?.mainPay ?? .zero, fiftyFiftyPay: input?.fiftyFiftyPay ?? .zero,
                           assumedPensionablePay: input?.assumedPensionablePay ?? .zero, earnedPension: .zero,
                           openingBalance: closing, revaluation: .zero, revaluationRate: nil,
                           transfersIn: input?.transfersIn ?? .zero,
                           additionalPensionContributions: input?.additionalPensionContributions ?? .zero,
                           sharedCostAdditionalPension: input?.sharedCostAdditionalPension ?? .zero,
                           additionalRegularContributions: .zero, closingBalance: .zero,
                           employeeContributions: input?.employeeContributions ?? .zero,
                           employerContributions: input?.employerContributions ?? .zero)
        if year > first {
            let afterAdjustment = leavingYear.map { year.startYear > $0.startYear + 1 } ?? false
            if afterAdjustment {
                if let entry = parameters.pensionsIncrease.entries(from: year.start, through: min(year.end, date)).first {
                    let rate = max(entry.value.fraction, .zero)
                    row.revaluationRate = Rate(rate)
                    row.revaluation = Money.rounding(closing.exactly(times: rate), .nearestPennyHalfUp)
                    working.record(CalculationStep(
                        title: "Pensions increase on \(entry.effective.longUK) (deferred)", inputs: [.init("Balance", .money(closing))],
                        result: .money(row.revaluation), isAddend: true,
                        parameter: ParameterUse(parameters.pensionsIncrease, entry, shown: .rate(entry.value)),
                        regulation: "SI 2013/2356 reg. 24(4B); Pensions (Increase) Act 1971",
                        note: "Never negative; in full; rounded to the nearest penny."))
                }
            } else {
                let entry = try revaluationEntry(in: year, revaluation: parameters.careRevaluation)
                if entry.effective <= date {
                    row.revaluationRate = entry.value
                    row.revaluation = Money.rounding(closing.exactly(times: entry.value.fraction), .nearestPennyHalfUp)
                    let adjustment = leavingYear.map { year.startYear == $0.startYear + 1 } ?? false
                    working.record(CalculationStep(
                        title: (adjustment ? "Revaluation adjustment" : "Revaluation") + " on \(entry.effective.longUK)",
                        inputs: [.init("Balance", .money(closing))], result: .money(row.revaluation), isAddend: true,
                        parameter: ParameterUse(parameters.careRevaluation, entry, shown: .rate(entry.value)),
                        regulation: adjustment ? "SI 2013/2356 reg. 24(4A)" : "SI 2013/2356 reg. 24(2)",
                        note: "Treasury order applied as made (negative allowed); rounded to the nearest penny."))
                }
            }
        }
        row.earnedPension = working.include(try earnedPension(mainPay: row.mainPay, fiftyFiftyPay: row.fiftyFiftyPay,
                                                              in: year, accrual: parameters.accrual))
        for (title, amount, regulation) in [("Transfers in credited", row.transfersIn, "SI 2013/2356 reg. 23(6)"),
                                            ("APC additional pension", row.additionalPensionContributions, "SI 2013/2356 reg. 16(1)"),
                                            ("SCAPC additional pension", row.sharedCostAdditionalPension, "SI 2013/2356 reg. 16(4)")]
            where amount != .zero {
            working.record(CalculationStep(title: "\(title), \(year)", result: .money(amount), isAddend: true,
                                           regulation: regulation))
        }
        row.closingBalance = row.openingBalance + row.revaluation + row.earnedPension + row.transfersIn
            + row.additionalPensionContributions + row.sharedCostAdditionalPension
        working.record(CalculationStep(title: "Closing balance, \(year)", inputs: [.init("Opening", .money(row.openingBalance))],
                                       result: .money(row.closingBalance), regulation: "SI 2013/2356 reg. 23"))
        closing = row.closingBalance
        rows.append(row)
        year = year.next
    }
    return working.result(rows)
}

/// The pension account balance on `date`: the last closing balance of `rollPensionAccount`, whose addend steps
/// (earned pension, revaluation, increases, transfers, APC, SCAPC) sum to it.
/// - Legislation: SI 2013/2356 regs. 22–24.
public func pensionAccountBalance(years: [CareYear], leftOn: CalendarDate?, to date: CalendarDate,
                                  parameters: SchemeParameters) throws(ParameterError) -> Calculation<Money> {
    try rollPensionAccount(years: years, leftOn: leftOn, to: date, parameters: parameters)
        .map { $0.last?.closingBalance ?? .zero }
}
