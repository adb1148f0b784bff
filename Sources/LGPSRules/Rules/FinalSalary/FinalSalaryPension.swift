/// Pensions and the automatic lump sum from final-salary membership.
public struct FinalSalaryBenefits: Hashable, Sendable {
    /// Pension for membership to 31 March 2008: final pay × years / 80.
    public var eightiethsPension: Money
    /// Automatic lump sum for membership to 31 March 2008: final pay × years × 3/80.
    public var automaticLumpSum: Money
    /// Pension for membership 1 April 2008 to 31 March 2014: final pay × years / 60.
    public var sixtiethsPension: Money
    /// The two pensions added together.
    public var pension: Money { eightiethsPension + sixtiethsPension }
}

/// Final-salary pensions: 1/80 of final pay for each year before April 2008 with a 3/80 automatic lump sum, and
/// 1/60 for each year from April 2008 to March 2014. Each amount is worked out exactly and rounded to the
/// nearest penny; the two pensions are the addends of `pension` (see `finalSalaryPension`).
/// - Legislation: SI 1997/1612 reg. 17 (80ths and the 3/80 lump sum); SI 2007/1166 reg. 4 (60ths);
///   SI 2014/525 Sch. 1.
public func finalSalaryBenefits(membership: TrancheMembership, finalPay: Money, on date: CalendarDate,
                                accrual: DatedSeries<AccrualFractions>) throws(ParameterError)
    -> Calculation<FinalSalaryBenefits> {
    let entry = try accrual.entry(on: date)
    let fractions = entry.value
    var working = Working()
    func amount(_ title: String, _ years: Fraction, _ fraction: Fraction, _ regulation: String, addend: Bool) -> Money {
        let value = Money.rounding(finalPay.exactly(times: years * fraction), .nearestPennyHalfUp)
        working.record(CalculationStep(title: title, inputs: [.init("Final pay", .money(finalPay)),
                                                              .init("Membership in years", .fraction(years))],
                                       result: .money(value), isAddend: addend,
                                       parameter: ParameterUse(accrual, entry, shown: .fraction(fraction)),
                                       regulation: regulation, note: "Exact, then rounded to the nearest penny."))
        return value
    }
    let p80 = amount("Pension for membership to 31 March 2008 (80ths)", membership.eightiethsYears,
                     fractions.pre2008Pension, "SI 1997/1612 reg. 17(1)", addend: true)
    let lump = amount("Automatic lump sum for membership to 31 March 2008 (3/80)", membership.eightiethsYears,
                      fractions.pre2008LumpSum, "SI 1997/1612 reg. 17(2)", addend: false)
    let p60 = amount("Pension for membership from 1 April 2008 (60ths)", membership.sixtiethsYears,
                     fractions.from2008Pension, "SI 2007/1166 reg. 4", addend: true)
    return working.result(FinalSalaryBenefits(eightiethsPension: p80, automaticLumpSum: lump, sixtiethsPension: p60))
}

/// The total final-salary pension (80ths plus 60ths), with the two tranche pensions as addends.
/// - Legislation: SI 1997/1612 reg. 17; SI 2007/1166 reg. 4.
public func finalSalaryPension(membership: TrancheMembership, finalPay: Money, on date: CalendarDate,
                               accrual: DatedSeries<AccrualFractions>) throws(ParameterError) -> Calculation<Money> {
    try finalSalaryBenefits(membership: membership, finalPay: finalPay, on: date, accrual: accrual).map(\.pension)
}
