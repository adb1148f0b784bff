import LGPSRules

extension StatementExtractor {
    /// An active member's figures: death benefits and benefits at 31 March (Sch. 5 paras 1 and 2(a)), reduced
    /// benefits on 31 March when the fund quotes them, the supporting data, the projection to NPA, Part 2A and
    /// the service history. Pension figures come from `estimate` (the engine's, with the guarantee amounts unless
    /// the discretion applies); debits (pension, lump sum and survivor's pension parts) are deducted as recorded.
    /// - Source: LGA guide Part 2 Table 1 and Part 2A [seed 001]; SI 2013/2734 Sch. 5 Part 1.
    func activeFigures(_ subject: StatementSubject, facts: MemberFacts, year: SchemeYear, estimate: BenefitEstimate,
                       into row: inout ExtractRow) throws {
        let member = subject.member, end = year.end
        let debits = DebitTotals(member.debits, on: end)
        let d = StatementSection.deathBenefits
        row.set("Lump sum death grant", d, money: estimate.death.deathGrant)
        row.set("Annual survivor's pension (before debit applied)", d, money: estimate.death.survivorPension)
        row.set("Divorce debit to survivor’s pension", d, money: ExtractFormat.nonZero(debits.survivor))
        row.set("Annual survivor’s pension", d,
                money: DebitTotals.afterQuoted(estimate.death.survivorPension, less: debits.survivor))
        deathBreakdown(estimate.death, into: &row)
        row.set("Expression of wish details", d, subject.nominations.isEmpty ? nil : subject.nominations
            .map { "\($0.name) \($0.share)" }.joined(separator: "; "))
        let leaver = reflecting(try calculator.estimate(Self.leaving(member, on: end), facts: facts,
                                                        calculationDate: end, retirementDate: nil))
        let b = StatementSection.benefitsAt31March
        row.set("Annual pension at 31 March 20xx (before divorce or Annual Allowance (AA) debit applied)", b,
                money: estimate.payable.pension)
        row.set("Automatic tax free lump sum at 31 March 20xx (before divorce debit applied)", b,
                money: estimate.payable.lumpSum)
        row.set("Annual survivor's pension", b, money: leaver.death.survivorPension)
        row.set("Divorce debit to pension", b, money: ExtractFormat.nonZero(debits.pensionSharing))
        row.set("Divorce debit to lump sum", b, money: ExtractFormat.nonZero(debits.lumpSum))
        row.set("Divorce debit to survivor pension", b, money: ExtractFormat.nonZero(debits.survivor))
        row.set("Annual Allowance Scheme pays debit", b, money: ExtractFormat.nonZero(debits.schemePays))
        payableItems(estimate, debits: debits, section: b, into: &row)
        row.set("Survivor pension at 31 March 20xx", b,
                money: DebitTotals.afterQuoted(leaver.death.survivorPension, less: debits.survivor))
        survivorParts(leaver.death, section: .benefitsSupportingData, into: &row)
        if settings.quoteReducedBenefits && end >= estimate.ages.earliestRetirement
            && end < estimate.ages.normalPensionAge {
            let reduced = reflecting(try calculator.estimate(member, facts: facts, calculationDate: end,
                                                             retirementDate: end, accruedOnly: true))
            payableItems(reduced, debits: debits, section: .reducedBenefits, into: &row)
        }
        supportingData(member, year: year, estimate: estimate, into: &row)
        try additionalPension(member, year: year, into: &row)
        let projected = reflecting(try calculator.estimateAtNormalPensionAge(member, facts: facts, from: end))
        projection(projected, debits: debits, into: &row)
        membership(member, on: projected.calculationDate, section: .projectionSupportingData, into: &row)
        underpinItems(estimate, statementDate: end, into: &row)
        serviceHistory(member, into: &row)
    }

    /// Pension and lump sum after debits, and the maximum lump sum option on them, under `section`.
    func payableItems(_ estimate: BenefitEstimate, debits: DebitTotals, section: StatementSection,
                      into row: inout ExtractRow) {
        let pension = estimate.payable.pension - debits.total
        let lumpSum = DebitTotals.after(estimate.payable.lumpSum, less: debits.lumpSum)
        let option = commuted(pension: pension, lumpSum: lumpSum, on: estimate.retirementDate)
        row.set("Annual pension at 31 March 20xx", section, money: pension)
        row.set("Automatic tax free lump sum at 31 March 20xx", section, money: lumpSum)
        row.set("Reduced pension at 31 March 20xx if maximum lump sum option taken", section, money: option.pension)
        row.set("Increased tax free lump sum at 31 March 20xx if maximum lump sum option taken", section,
                money: option.lumpSum)
    }

    /// "Projection to NPA": the engine's estimate at NPA on the same pay, with the recorded debits deducted.
    func projection(_ projected: BenefitEstimate, debits: DebitTotals, into row: inout ExtractRow) {
        let p = StatementSection.projectionToNPA
        row.set("Annual pension at NPA (before divorce or AA debit applied)", p, money: projected.payable.pension)
        row.set("Automatic tax free lump sum at NPA (before divorce debit applied)", p, money: projected.payable.lumpSum)
        row.set("Pension divorce debit", p, money: ExtractFormat.nonZero(debits.pensionSharing))
        row.set("Annual Allowance Scheme pays debit", p, money: ExtractFormat.nonZero(debits.schemePays))
        row.set("Annual pension at NPA (after divorce/AA debit)", p, money: projected.payable.pension - debits.total)
        row.set("Pension lump sum debit", p, money: ExtractFormat.nonZero(debits.lumpSum))
        row.set("Automatic tax free lump sum at NPA (after divorce debit)", p,
                money: DebitTotals.after(projected.payable.lumpSum, less: debits.lumpSum))
        row.set("Survivor pension (before divorce debit)", p, money: projected.death.survivorPension)
        row.set("Divorce debit to survivor pension", p, money: ExtractFormat.nonZero(debits.survivor))
        row.set("Survivor pension (after divorce debit)", p,
                money: DebitTotals.afterQuoted(projected.death.survivorPension, less: debits.survivor))
        finalSalaryBreakdown(projected, section: .projectionSupportingData, into: &row)
        row.set("Total CARE pension", .projectionSupportingData, money: projected.pension(of: .care))
    }

    /// `member` as if they had left on `date` and become a deferred member the next day, for the survivor's
    /// pension "if the member left 31 March 20xx and then died as a deferred member" (Part 2 Table 1).
    static func leaving(_ member: MemberRecord, on date: CalendarDate) -> MemberRecord {
        var copy = member
        copy.record.leftOn = date
        copy.record.statusHistory = member.record.statusHistory.filter { $0.from <= date }.map {
            var period = $0
            if period.to.map({ $0 > date }) ?? true { period.to = date }
            return period
        } + [StatusPeriod(status: .deferred, from: date.adding(days: 1), to: nil)]
        return copy
    }
}

extension StatementExtractor {
    /// "Total APC purchased / awarded": the APC and SCAPC additional pension with its revaluation to 31 March,
    /// from the pension account as the engine rebuilds it. At NPA the guide asks for it "inc revaluation to
    /// date", and the projection buys no more, so it is the same figure. Blank when none was bought (most members:
    /// the account is only rolled again for those who bought some, as the engine's estimate does not keep its rows).
    /// - Source: LGA guide Part 2 Table 1 [seed 001]; SI 2013/2356 regs. 16, 23–24.
    func additionalPension(_ member: MemberRecord, year: SchemeYear, into row: inout ExtractRow) throws {
        guard member.careYears.contains(where: {
            $0.schemeYear <= year && ($0.additionalPensionContributions != .zero || $0.sharedCostAdditionalPension != .zero)
        }) else { return }
        let rolled = try rollPensionAccount(years: member.careYears, leftOn: member.record.leftOn, to: year.end,
                                            parameters: calculator.parameters)
        let total = ExtractFormat.nonZero(additionalPensionBalance(rolled: rolled.value))
        row.set("Total APC purchased / awarded (inc revaluation to 31/03/20xx)", .benefitsSupportingData, money: total)
        row.set("Total APC purchased / awarded at NPA (inc revaluation to date)", .projectionSupportingData,
                money: total)
    }
}
