extension MemberCalculator {
    func calculate(_ member: MemberRecord, facts: MemberFacts, calculationDate: CalendarDate,
                   retirementDate: CalendarDate?, accruedOnly: Bool) throws -> BenefitEstimate {
        let record = member.record
        guard let status = record.currentStatus else { throw EngineError.missingData("The record has no status") }
        if status.isEntitlementOnly {
            throw EngineError.noMembership("A \(status.label.lowercased()) record has no membership of its own to calculate")
        }
        guard calculationDate >= record.pensionableStart else {
            throw EngineError.dateNotAllowed("The calculation date is before the pensionable start date, "
                                             + record.pensionableStart.longUK)
        }
        var working = Working()
        var warnings: [String] = []
        let ages = try keyAges(facts, on: calculationDate, working: &working)
        let leftOn = record.leftOn.flatMap { $0 <= calculationDate ? $0 : nil }
        let builtUpTo = leftOn ?? calculationDate
        let retire = retirementDate ?? (status == .pensioner ? record.pensionStart : nil)
            ?? max(ages.normalPensionAge, calculationDate)
        if status != .pensioner {
            guard retire >= ages.earliestRetirement else {
                throw EngineError.dateNotAllowed("Benefits cannot be paid before age 55 (\(ages.earliestRetirement.longUK)) "
                                                 + "except on ill health")
            }
            guard retire <= ages.latestRetirement else {
                throw EngineError.dateNotAllowed("Benefits must be paid by age 75 (\(ages.latestRetirement.longUK))")
            }
        }
        var lines: [BenefitLine] = []
        let finalSalary = try finalSalaryLines(member, builtUpTo: builtUpTo, calculationDate: calculationDate,
                                               working: &working, warnings: &warnings)
        lines += finalSalary.lines
        let care = try careLine(member, builtUpTo: builtUpTo, leftOn: leftOn, calculationDate: calculationDate,
                                working: &working, warnings: &warnings)
        if let care { lines.append(care) }
        let transitional = try parameters.transitionalAges.value(on: retire)
        let factors = working.include(try trancheFactors(retirementDate: retire, dateOfBirth: facts.dateOfBirth,
                                                         sex: facts.sex, protectedAt60: facts.protectedNormalPensionAge60,
                                                         parameters: parameters, transitional: transitional))
        let underpin = try underpinSummary(member, facts: facts, factors: factors, calculationDate: calculationDate,
                                           finalPay: finalSalary.finalPay, working: &working, warnings: &warnings)
        if underpin.finalGuaranteeAmount > .zero {
            lines.append(BenefitLine(label: "McCloud underpin: final guarantee amount", kind: .finalGuaranteeAmount,
                                     pension: underpin.finalGuaranteeAmount, lumpSum: .zero))
        }
        let payable = try payableBenefits(lines, factors: factors, retirementDate: retire, working: &working)
        let death = try deathBenefits(member, facts: facts, status: status, lines: lines, ages: ages,
                                      calculationDate: calculationDate, finalPay: finalSalary.finalPay,
                                      membership: finalSalary.membership, underpin: underpin, working: &working)
        for use in working.result(()).unverifiedParameters {
            warnings.append("Uses \(use.name) from \(use.effective.longUK), which is \(use.verification.rawValue.lowercased())")
        }
        return BenefitEstimate(recordID: record.id, calculationDate: calculationDate, retirementDate: retire, ages: ages,
                               lines: lines, payable: payable, death: death, underpin: underpin, warnings: warnings,
                               steps: working.steps)
    }

    /// State Pension age, both normal pension ages, and the earliest and latest retirement dates.
    func keyAges(_ facts: MemberFacts, on date: CalendarDate, working: inout Working) throws -> KeyAges {
        let transitional = try parameters.transitionalAges.value(on: date)
        let npa = working.include(try normalPensionAge2014(dateOfBirth: facts.dateOfBirth, sex: facts.sex,
                                                           parameters: parameters))
        let spa = try statePensionAge(dateOfBirth: facts.dateOfBirth, sex: facts.sex,
                                      timetable: parameters.statePensionAge).value
        let npa2008 = working.include(try normalPensionAge2008(dateOfBirth: facts.dateOfBirth,
                                                               protected: facts.protectedNormalPensionAge60, on: date,
                                                               ages: parameters.pensionAges, transitional: transitional))
        let terms = try parameters.pensionAges.value(on: date)
        return KeyAges(statePensionAge: spa, normalPensionAge: npa, normalPensionAge2008: npa2008,
                       earliestRetirement: facts.dateOfBirth.adding(years: terms.earliestVoluntaryRetirement),
                       latestRetirement: facts.dateOfBirth.adding(years: terms.latestRetirement))
    }
}

extension PensionRecord {
    /// The date a pensioner's pension started: the start of the latest pensioner status period.
    public var pensionStart: CalendarDate? {
        statusHistory.last { $0.status == .pensioner }?.from
    }
}
