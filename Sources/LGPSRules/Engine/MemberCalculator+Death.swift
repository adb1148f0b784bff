extension MemberCalculator {
    /// Death benefits if the member died on the calculation date: for an active member the death grant (3 ×
    /// assumed pensionable pay, taken as the last Scheme year's pay grossed up to a year, and reported with the
    /// grant) and a survivor's pension with the prospective enhancement to normal pension age; for a deferred
    /// member 5 × the deferred pension and the provisional guarantee amount adjusted to the date of death (the
    /// revalued guarantee, `UnderpinSummary.revaluedGuaranteeAmount`); for a pensioner 10 × the pension less what
    /// has been paid (no commuted lump sum is held on the record, so none is deducted). A survivor's pension is
    /// quoted when a partner is recorded, with its final salary part reported beside it.
    /// - Legislation: SI 2013/2356 regs. 40–46; SI 2014/525 Sch. 1; SI 2014/525 reg. 4 as amended by SI 2023/972
    ///   (draft reg. 4(20), (22), seed 003 Annex B).
    func deathBenefits(_ member: MemberRecord, facts: MemberFacts, status: MemberStatus, lines: [BenefitLine],
                       ages: KeyAges, calculationDate: CalendarDate, finalPay: Money?,
                       membership: TrancheMembership?, underpin: UnderpinSummary,
                       working: inout Working) throws -> DeathBenefits {
        let accrued = lines.filter { $0.kind != .finalGuaranteeAmount }.reduce(Money.zero) { $0 + $1.pension }
        let care = lines.filter { $0.kind == .care }.reduce(Money.zero) { $0 + $1.pension }
        let grant: Money
        let circumstance: DeathCircumstance
        let basis: String
        var usedPay: Money?
        if status.isActiveMembership && member.record.leftOn == nil {
            let app = assumedPensionablePay(member)
            let toNPA = Fraction(Int64(max(0, calculationDate.days(until: ages.normalPensionAge))), 365)
            grant = working.include(try deathInServiceGrant(
                DeathInServiceGrantInput(assumedPensionablePay: app, dateOfBirth: facts.dateOfBirth,
                                         dateOfDeath: calculationDate, otherGrants: .zero),
                terms: parameters.deathBenefits))
            circumstance = .inService(assumedPensionablePay: app, yearsToNormalPensionAge: toNPA)
            usedPay = app
            basis = "death in service"
        } else if status == .pensioner {
            let started = member.record.pensionStart ?? calculationDate
            let months = Int64(max(0, started.days(until: calculationDate))) * 12 / 365
            let paid = Money.rounding(accrued.exactly(times: Fraction(months, 12)), .downToPenny)
            grant = working.include(try pensionerDeathGrant(
                PensionerDeathGrantInput(annualPensionBeforeCommutation: accrued, pensionPaid: paid, commutedLumpSum: .zero,
                                         dateOfBirth: facts.dateOfBirth, dateOfDeath: calculationDate),
                terms: parameters.deathBenefits))
            circumstance = .pensionerMember
            basis = "death after retirement"
        } else {
            grant = working.include(try deferredMemberDeathGrant(
                DeferredMemberDeathGrantInput(deferredPension: accrued,
                                              adjustedProvisionalGuaranteeAmount: underpin.revaluedGuaranteeAmount,
                                              dateOfBirth: facts.dateOfBirth, dateOfDeath: calculationDate),
                terms: parameters.deathBenefits))
            circumstance = .deferredMember
            basis = "death before payment of deferred benefits"
        }
        guard facts.hasPartner else {
            return DeathBenefits(deathGrant: grant, survivorPension: nil, basis: basis, assumedPensionablePay: usedPay)
        }
        let years = membership.map { $0.eightiethsYears + $0.sixtiethsYears } ?? .zero
        let bases = DeathBenefitBases(finalPay: finalPay ?? .zero,
                                      membership: PreApril2014MembershipSplit(from6April1988: years),
                                      carePension: care, transfersInCredit: .zero, circumstance: circumstance)
        let kind: SurvivorKind = facts.partnerIsCohabiting ? .cohabitingPartner : .spouseOrCivilPartner
        let survivor = working.include(try survivorPension(
            bases, survivor: kind, survivorGuaranteeAmount: underpin.survivorGuaranteeAmount,
            dateOfDeath: calculationDate, fractions: parameters.survivors))
        let finalSalaryPart = try membership.map { _ in
            try finalSalarySurvivorPart(bases, survivor: kind, dateOfDeath: calculationDate)
        }
        return DeathBenefits(deathGrant: grant, survivorPension: survivor, basis: basis, assumedPensionablePay: usedPay,
                             finalSalarySurvivorPension: finalSalaryPart)
    }

    /// Assumed pensionable pay: the last recorded Scheme year's pay, grossed up to a whole year when the member
    /// joined during it. (APP proper is the pay of the last 3 months grossed up; monthly pay is not held.)
    func assumedPensionablePay(_ member: MemberRecord) -> Money {
        guard let last = member.careYears.last else {
            return member.finalPay.last?.wholeTimePay ?? .zero
        }
        let start = max(last.schemeYear.start, member.record.pensionableStart)
        let days = Int64(max(1, start.days(until: last.schemeYear.end) + 1))
        return Money.rounding((last.mainPay + last.fiftyFiftyPay).exactly(times: Fraction(Int64(last.schemeYear.length), days)),
                              .nearestPennyHalfUp)
    }
}
