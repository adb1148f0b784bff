extension MemberCalculator {
    /// The McCloud underpin for a record at the calculation date: qualification, the underpin date (the
    /// calculation date stands in for it while the member is still active and under 65, as the statement guide
    /// does with 31 March), provisional assumed benefits (the remedy-period CARE pay as if in the main section
    /// throughout, revalued as the account is), the provisional underpin amount (1/60 of final pay for the
    /// remedy-period membership), both carried from the underpin date to the calculation date when it is later
    /// (a member over the 2008 Scheme NPA, or a leaver): the assumed benefits by the revaluation and pensions
    /// increase the member's pension account would have had, the underpin amount by pensions increase. The final
    /// guarantee amount at the retirement date compares those carried amounts, each with its own early or late
    /// retirement factor, and the survivor guarantee amount is 49/160 of their difference. No increase is assumed
    /// after the calculation date.
    /// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972 (draft reg. 4(13)–(16), seed 003
    ///   Annex B); SI 2013/2356 reg. 30(12B); LGA annual benefit statement guide Part 2A [seed 001].
    func underpinSummary(_ member: MemberRecord, facts: MemberFacts, factors: TrancheFactors,
                         calculationDate: CalendarDate, finalPay: Money?, working: inout Working,
                         warnings: inout [String]) throws -> UnderpinSummary {
        let periods = member.record.statusHistory.filter { $0.status.isActiveMembership }
            .map { UnderpinPeriod(from: $0.from, to: $0.to) }
        let qualification = working.include(try underpinQualification(
            UnderpinQualificationInput(dateOfBirth: facts.dateOfBirth, activeMembership: periods,
                                       facts: member.mcCloudFacts, assessedOn: calculationDate), parameters: parameters))
        guard qualification.qualifies else {
            return .notProtected("Not protected: " + qualification.reasonsNotQualifying.joined(separator: "; "))
        }
        let leftOn = member.record.leftOn.flatMap { $0 <= calculationDate ? $0 : nil }
        let dates = working.include(try underpinDate(UnderpinDateInput(dateOfBirth: facts.dateOfBirth,
                                                                       leftActiveMembership: leftOn,
                                                                       assessedOn: calculationDate),
                                                     parameters: parameters))
        let underpinOn = min(dates.underpinDate, calculationDate)
        let terms = try parameters.underpin.value(on: underpinOn)
        let periodEnd = min(underpinOn, terms.remedyPeriodEnd)
        guard let finalPay else {
            warnings.append("The member is protected by the underpin but no final pay is recorded, so it was not worked out")
            return UnderpinSummary(isProtected: true, reason: "Protected, but no final pay is recorded",
                                   underpinDate: underpinOn, provisionalAssumedBenefits: .zero,
                                   provisionalUnderpinAmount: .zero, provisionalGuaranteeAmount: .zero,
                                   finalGuaranteeAmount: .zero, survivorGuaranteeAmount: .zero)
        }
        let remedyYears = continuedYears(member, to: periodEnd, working: &working)
            .filter { $0.schemeYear.start >= terms.remedyPeriodStart && $0.schemeYear.start <= periodEnd }
            .map { year -> CareYear in
                var mainOnly = year
                mainOnly.mainPay = year.mainPay + year.fiftyFiftyPay
                mainOnly.fiftyFiftyPay = .zero
                mainOnly.transfersIn = .zero
                mainOnly.additionalPensionContributions = .zero
                mainOnly.sharedCostAdditionalPension = .zero
                return mainOnly
            }
        let assumed = working.includeAsWorking(try pensionAccountBalance(years: remedyYears, leftOn: leftOn ?? periodEnd,
                                                                         to: underpinOn, parameters: parameters))
        working.record(CalculationStep(title: "Provisional assumed benefits (remedy period, as if main section throughout)",
                                       inputs: [.init("Remedy period from", .date(terms.remedyPeriodStart)),
                                                .init("to", .date(periodEnd))],
                                       result: .money(assumed), regulation: "SI 2014/525 reg. 4B (SI 2023/972)"))
        let share = lastHoursShare(member)
        if share != .one {
            warnings.append("Hours after March 2014 are not held on the record: the underpin uses the hours recorded at 31 March 2014")
        }
        let days = Int64(max(0, max(terms.remedyPeriodStart, member.record.pensionableStart).days(until: periodEnd) + 1))
        let daysPerYear = Int64(try parameters.finalSalary.value(on: periodEnd).daysPerYear)
        let underpin = working.include(try provisionalUnderpinAmount(
            ProvisionalUnderpinAmountInput(finalPay: finalPay,
                                           membership: [UnderpinMembershipPart(years: Fraction(days, daysPerYear),
                                                                               proportionOfWholeTime: share)]),
            underpinDate: underpinOn, parameters: parameters))
        let provisional = working.include(provisionalGuaranteeAmount(provisionalUnderpinAmount: underpin,
                                                                     provisionalAssumedBenefits: assumed))
        let revalued = try revaluedToCalculationDate(assumed: assumed, underpin: underpin, underpinDate: underpinOn,
                                                     leftOn: leftOn, calculationDate: calculationDate, working: &working)
        let final = working.include(finalGuaranteeAmount(FinalUnderpinInput(
            provisionalAssumedBenefits: revalued.assumed, provisionalUnderpinAmount: revalued.underpin,
            assumedAgeAdjustment: factors.care.pension, underpinAgeAdjustment: factors.finalSalary.pension)))
        let survivor = working.include(try survivorGuaranteeAmount(provisionalGuaranteeAmount: revalued.guarantee,
                                                                   on: underpinOn, terms: parameters.underpin))
        let reason = final.finalGuaranteeAmount > .zero
            ? "Protected: the underpin adds \(final.finalGuaranteeAmount) a year"
            : "Protected, but the underpin adds nothing at present (the 2014 Scheme benefits are higher)"
        return UnderpinSummary(isProtected: true, reason: reason, underpinDate: underpinOn,
                               provisionalAssumedBenefits: assumed, provisionalUnderpinAmount: underpin,
                               provisionalGuaranteeAmount: provisional, finalGuaranteeAmount: final.finalGuaranteeAmount,
                               survivorGuaranteeAmount: survivor.amount, finalAssumedBenefits: final.finalAssumedBenefits,
                               finalUnderpinAmount: final.finalUnderpinAmount, revaluedAssumedBenefits: revalued.assumed,
                               revaluedUnderpinAmount: revalued.underpin)
    }

    /// The provisional amounts carried from `underpinDate` to `calculationDate` (unchanged when the calculation
    /// date is the underpin date) and the guarantee between them: the revalued underpin amount less the revalued
    /// assumed benefits, not less than nil (the amount the survivor guarantee amount is 49/160 of).
    /// - Legislation: SI 2014/525 regs. 4A–4U (SI 2023/972), draft reg. 4(13)(a), (14)(a); seed 001 Part 2A
    ///   ("If the revalued underpin amount is greater than the revalued assumed benefits, ... 49 ÷ 160 × the
    ///   difference").
    func revaluedToCalculationDate(assumed: Money, underpin: Money, underpinDate: CalendarDate, leftOn: CalendarDate?,
                                   calculationDate: CalendarDate, working: inout Working) throws
        -> (assumed: Money, underpin: Money, guarantee: Money) {
        guard calculationDate > underpinDate else {
            return (assumed, underpin, max(underpin - assumed, .zero))
        }
        let revaluedAssumed = working.includeAsWorking(try revaluedAssumedBenefits(
            assumed, underpinDate: underpinDate, leftOn: leftOn, to: calculationDate, parameters: parameters))
        let revaluedUnderpin = working.includeAsWorking(revaluedUnderpinAmount(
            underpin, underpinDate: underpinDate, to: calculationDate, pensionsIncrease: parameters.pensionsIncrease))
        let guarantee = working.includeAsWorking(underpinGuaranteeDifference(
            title: "Revalued guarantee", underpin: revaluedUnderpin, underpinLabel: "Revalued underpin amount",
            assumed: revaluedAssumed, assumedLabel: "Less revalued assumed benefits", regulation: "seed 001 Part 2A"))
        return (revaluedAssumed, revaluedUnderpin, guarantee)
    }

    /// Contractual over whole-time hours (and weeks) in the last final-salary service period, or one.
    func lastHoursShare(_ member: MemberRecord) -> Fraction {
        guard let last = member.service.last, last.wholeTimeHours.value > 0 else { return .one }
        var share = last.contractualHours.fraction / last.wholeTimeHours.fraction
        if let weeks = last.contractualWeeks, let whole = last.wholeTimeWeeks, whole.value > 0 {
            share = share * (weeks.fraction / whole.fraction)
        }
        return share
    }
}
