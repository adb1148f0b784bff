extension MemberCalculator {
    /// A pension credit member's benefits: the pension credit increased by pensions increase from the transfer
    /// day to the calculation date, payable in full at the pension credit's normal pension age (the 2014 Scheme's
    /// for a transfer day from 1 April 2014, else 65) and reduced or increased, by the factor for that age, when
    /// paid earlier or later; a lump sum by commutation only for a 2014 Scheme credit (Kent Pension Fund: an
    /// earlier credit cannot be exchanged); a death grant and no survivor's pension; and no McCloud underpin (a
    /// pension credit member has no membership of their own in the remedy period). `ages.normalPensionAge` is
    /// the pension credit's own normal pension age.
    /// - Legislation: Welfare Reform and Pensions Act 1999 s. 29; Pensions (Increase) Act 1971 s. 1; SI 2013/2356
    ///   regs. 30, 33 and 89(1); SI 2014/525 regs. 4A–4U (SI 2023/972: underpin for members with remedy-period
    ///   membership only); fund pages for the UNVERIFIED `pension_credit/terms`.
    func pensionCreditEstimate(_ member: MemberRecord, facts: MemberFacts, calculationDate: CalendarDate,
                               retirementDate: CalendarDate?) throws -> BenefitEstimate {
        guard let credit = member.pensionCredit else {
            throw EngineError.missingData("No pension credit is recorded: the annual amount credited and the date the "
                                          + "pension sharing order took effect are needed")
        }
        guard calculationDate >= credit.transferDay else {
            throw EngineError.dateNotAllowed("The calculation date is before the pension credit's transfer day, "
                                             + credit.transferDay.longUK)
        }
        var working = Working()
        var warnings: [String] = []
        var ages = try keyAges(facts, on: calculationDate, working: &working)
        let payableAge = working.include(try pensionCreditNormalPensionAge(
            transferDay: credit.transferDay, ages: ages, on: calculationDate, terms: parameters.pensionCredit))
        if payableAge.isScheme2014 && ages.normalPensionAge != ages.normalPensionAge2008 {
            warnings.append("The pension credit is taken as payable at the 2014 Scheme normal pension age, "
                            + "\(ages.normalPensionAge.longUK), which needs the former spouse or civil partner to have "
                            + "been an active member after 31 March 2014; if they were not, it is payable at "
                            + ages.normalPensionAge2008.longUK)
        }
        ages.normalPensionAge = payableAge.date
        let retire = retirementDate ?? min(max(payableAge.date, calculationDate), ages.latestRetirement)
        guard retire >= ages.earliestRetirement else {
            throw EngineError.dateNotAllowed("Benefits cannot be paid before age 55 (\(ages.earliestRetirement.longUK))")
        }
        guard retire <= ages.latestRetirement else {
            throw EngineError.dateNotAllowed("Benefits must be paid by age 75 (\(ages.latestRetirement.longUK))")
        }
        let increased = working.include(increasedPensionCredit(credit, to: calculationDate,
                                                               pensionsIncrease: parameters.pensionsIncrease))
        let line = BenefitLine(label: "Pension credit (with pensions increases)", kind: .pensionCredit,
                               pension: increased, lumpSum: .zero)
        let factors = try retirementFactors(facts, retirementDate: retire, working: &working)
        let payable = try pensionCreditPayable(line, age: payableAge,
                                               factor: payableAge.isScheme2014 ? factors.care : factors.finalSalary,
                                               retirementDate: retire, working: &working)
        let grant = working.include(try pensionCreditDeathGrant(
            PensionCreditDeathGrantInput(pension: increased, dateOfBirth: facts.dateOfBirth, dateOfDeath: calculationDate),
            terms: parameters.pensionCredit, deathBenefits: parameters.deathBenefits))
        let death = DeathBenefits(deathGrant: grant, survivorPension: nil,
                                  basis: "death before the pension credit is paid (no survivor's pension)")
        for use in working.result(()).unverifiedParameters {
            warnings.append("Uses \(use.name) from \(use.effective.longUK), which is \(use.verification.rawValue.lowercased())")
        }
        return BenefitEstimate(recordID: member.record.id, calculationDate: calculationDate, retirementDate: retire,
                               ages: ages, lines: [line], payable: payable, death: death,
                               underpin: .notProtected("Not protected: a pension credit member has no membership of "
                                                       + "their own in the McCloud remedy period"),
                               warnings: warnings, steps: working.steps)
    }

    /// The pension credit payable from `retirementDate`: the increased credit times the factor for its normal
    /// pension age, rounded to the nearest penny; the most lump sum by commutation for a 2014 Scheme credit, none
    /// for an earlier one.
    /// - Legislation: SI 2013/2356 reg. 30(5)–(6) and reg. 33; Kent Pension Fund pension credit page (no
    ///   commutation of a credit awarded before 1 April 2014).
    func pensionCreditPayable(_ line: BenefitLine, age: PensionCreditPayableAge, factor: RetirementFactor,
                              retirementDate: CalendarDate, working: inout Working) throws -> PayableBenefits {
        let pension = Money.rounding(line.pension.exactly(times: factor.pension), .nearestPennyHalfUp)
        working.record(CalculationStep(title: "\(line.label), payable from \(retirementDate.longUK)",
                                       inputs: [.init("Increased to the calculation date", .money(line.pension)),
                                                .init("Factor", .fraction(factor.pension))],
                                       result: .money(pension), regulation: "SI 2013/2356 reg. 30",
                                       note: "Rounded to the nearest penny."))
        var maximumLumpSum = Money.zero
        var residual = pension
        if age.isScheme2014, let first = parameters.commutation.entries.first, retirementDate >= first.effective {
            let commutation = working.include(try maximumCommutation(pension: pension, automaticLumpSum: .zero,
                                                                     on: retirementDate, terms: parameters.commutation))
            maximumLumpSum = commutation.totalLumpSum
            residual = commutation.residualPension
        }
        let change = factor.pension == .one ? nil : Rate(factor.pension < .one ? .one - factor.pension : factor.pension - .one)
        let adjustment = change.map {
            "pension credit \(factor.pension < .one ? "reduced" : "increased") by \($0.rounded) "
                + "(normal pension age \(age.date.longUK))"
        } ?? "no reduction or increase"
        return PayableBenefits(pension: pension, lumpSum: .zero, maximumLumpSum: maximumLumpSum,
                               residualPension: residual, adjustment: adjustment)
    }
}
