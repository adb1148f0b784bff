extension MemberCalculator {
    func calculate(_ member: MemberRecord, facts: MemberFacts, calculationDate: CalendarDate,
                   retirementDate: CalendarDate?, accruedOnly: Bool) throws -> BenefitEstimate {
        let record = member.record
        guard let status = record.currentStatus else { throw EngineError.missingData("The record has no status") }
        if status == .pensionCredit {
            return try pensionCreditEstimate(member, facts: facts, calculationDate: calculationDate,
                                             retirementDate: retirementDate)
        }
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
            ?? min(max(ages.normalPensionAge, calculationDate), ages.latestRetirement)
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
        if let arc = try arcLine(member, calculationDate: calculationDate, working: &working) { lines.append(arc) }
        var factors = TrancheFactors(finalSalaryNPA: ages.normalPensionAge2008, careNPA: ages.normalPensionAge,
                                     finalSalary: .none, care: .none)
        do {
            factors = try retirementFactors(facts, retirementDate: retire, working: &working)
        } catch {
            // A pension that started before the factor tables held here is shown without age adjustment.
            let tablesBegin = parameters.transitionalAges.entries.first?.effective ?? retire
            guard status == .pensioner || retire < tablesBegin else { throw error }
            warnings.append("Benefits were payable from \(retire.longUK), before the factor tables held here, so they are "
                            + "shown without any reduction or increase for the age they were paid (\(error))")
        }
        let underpin = try underpinSummary(member, facts: facts, factors: factors, calculationDate: calculationDate,
                                           finalPay: finalSalary.finalPay, working: &working, warnings: &warnings)
        if underpin.finalGuaranteeAmount > .zero {
            lines.append(BenefitLine(label: "McCloud underpin: final guarantee amount", kind: .finalGuaranteeAmount,
                                     pension: underpin.finalGuaranteeAmount, lumpSum: .zero))
        }
        let ruleOf85 = status == .pensioner ? nil
            : try ruleOf85(member, facts: facts, retirementDate: retire, factors: factors, working: &working)
        let payable = try payableBenefits(lines, factors: factors, ruleOf85: ruleOf85, retirementDate: retire,
                                          working: &working)
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

    /// The early or late retirement factors for each tranche on `retirementDate`.
    func retirementFactors(_ facts: MemberFacts, retirementDate: CalendarDate, working: inout Working) throws
        -> TrancheFactors {
        let transitional = try parameters.transitionalAges.value(on: retirementDate)
        return working.include(try trancheFactors(retirementDate: retirementDate, dateOfBirth: facts.dateOfBirth,
                                                  sex: facts.sex, protectedAt60: facts.protectedNormalPensionAge60,
                                                  parameters: parameters, transitional: transitional))
    }

    /// The rule of 85 for a retirement before the 2008 Scheme NPA, counting the record's membership to leaving
    /// (or to the retirement date for a member still active).
    func ruleOf85(_ member: MemberRecord, facts: MemberFacts, retirementDate: CalendarDate, factors: TrancheFactors,
                  working: inout Working) throws -> RuleOf85Adjustment? {
        guard retirementDate < factors.finalSalaryNPA, !member.service.isEmpty else { return nil }
        let record = member.record
        let periods = [ActivePeriod(from: record.pensionableStart, to: min(record.leftOn ?? retirementDate, retirementDate))]
        return working.include(try ruleOf85Adjustment(
            dateOfBirth: facts.dateOfBirth, sex: facts.sex, periods: periods, retirementDate: retirementDate,
            normalPensionDate: factors.finalSalaryNPA, employerConsent: facts.ruleOf85EmployerConsent,
            transitional: try parameters.transitionalAges.value(on: retirementDate),
            daysPerYear: try parameters.finalSalary.value(on: retirementDate).daysPerYear, parameters: parameters))
    }

    /// State Pension age, both normal pension ages, and the earliest and latest retirement dates.
    func keyAges(_ facts: MemberFacts, on date: CalendarDate, working: inout Working) throws -> KeyAges {
        let transitional = try parameters.transitionalAges.value(on: date)
        let spa = try statePensionAge(dateOfBirth: facts.dateOfBirth, sex: facts.sex,
                                      timetable: parameters.statePensionAge).value
        let npa: CalendarDate
        if let first = parameters.pensionAges.entries.first, spa < first.effective {
            // State Pension age came before the 2014 Scheme began: the later of 65 and SPA, on today's terms.
            let entry = try parameters.pensionAges.entry(on: date)
            npa = max(spa, facts.dateOfBirth.adding(years: entry.value.minimumNormalPensionAge2014))
            working.record(CalculationStep(title: "Normal pension age (2014 Scheme): the later of 65 and State Pension age",
                                           inputs: [.init("State Pension age", .date(spa))], result: .date(npa),
                                           parameter: ParameterUse(parameters.pensionAges, entry,
                                                                   shown: .years(entry.value.minimumNormalPensionAge2014)),
                                           regulation: "SI 2013/2356 Sch. 1"))
        } else {
            npa = working.include(try normalPensionAge2014(dateOfBirth: facts.dateOfBirth, sex: facts.sex,
                                                           parameters: parameters))
        }
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
