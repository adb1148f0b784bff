extension MemberCalculator {
    /// A record's pension input amount for `taxYear`: the rights built up at the start and at the end of the
    /// period, each the annual pension and pre-2008 automatic lump sum as the engine works them out with the member
    /// treated as still paying in. Pay is recorded by Scheme year (1 April to 31 March), so the rights are taken at
    /// the 31 March before the tax year begins and the 31 March before it ends: the CARE revaluation of 6 April
    /// then falls inside the period, as SI 2023/279 moved it there to do, and pay for 1 to 5 April counts in the
    /// period that follows. The McCloud final guarantee amount is left out: it counts only in the period it is
    /// crystallised (the lgps-rules table marks that treatment UNVERIFIED). Pension debits are not in the engine's
    /// built-up lines, so they affect neither value. Nil when the record had no active membership in the period,
    /// or holds no membership of its own.
    /// - Legislation: Finance Act 2004 ss. 229, 234–237 (pension input amount; the period is the tax year from
    ///   2016-17); HMRC Pensions Tax Manual PTM053301; SI 2023/279 (revaluation on 6 April)
    public func pensionInput(_ member: MemberRecord, facts: MemberFacts, taxYear: TaxYear) throws -> PensionInputYear? {
        let record = member.record
        let openingDate = SchemeYear(startYear: taxYear.startYear).start.adding(days: -1)
        let closingDate = SchemeYear(startYear: taxYear.startYear).end
        guard record.currentStatus.map({ !$0.isEntitlementOnly }) ?? false,
              record.pensionableStart <= closingDate,
              record.leftOn.map({ $0 > openingDate }) ?? true else { return nil }
        let opening = record.pensionableStart > openingDate
            ? (pension: Money.zero, lumpSum: Money.zero)
            : try builtUp(member, facts: facts, on: openingDate)
        let closing = try builtUp(member, facts: facts, on: closingDate)
        do {
            let amount = try pensionInputAmount(
                PensionInputAmountInput(taxYear: taxYear, openingPension: opening.pension,
                                        openingLumpSum: opening.lumpSum, closingPension: closing.pension,
                                        closingLumpSum: closing.lumpSum), parameters: parameters)
            let figures = try parameters.annualAllowance.entry(on: taxYear.start).value
            let cpi = try parameters.annualAllowanceCPI.entry(on: taxYear.start).value
            return PensionInputYear(taxYear: taxYear, openingPension: opening.pension, openingLumpSum: opening.lumpSum,
                                    closingPension: closing.pension, closingLumpSum: closing.lumpSum, cpi: cpi,
                                    pensionInputAmount: amount.value, standardAllowance: figures.standardAllowance)
        } catch {
            throw EngineError.parameter(error)
        }
    }

    /// Annual pension and automatic lump sum built up to `date`, without the final guarantee amount.
    private func builtUp(_ member: MemberRecord, facts: MemberFacts, on date: CalendarDate) throws
        -> (pension: Money, lumpSum: Money) {
        let estimate = try estimate(member, facts: facts, calculationDate: date, retirementDate: nil,
                                    accruedOnly: true, explained: false)
        let counted = estimate.lines.filter { $0.kind != .finalGuaranteeAmount }
        return (counted.reduce(.zero) { $0 + $1.pension }, counted.reduce(.zero) { $0 + $1.lumpSum })
    }
}
