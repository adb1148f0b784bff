import Testing
import LGPSGenerate
import LGPSParameters
import LGPSRules

/// The benefits engine runs on every generated membership record (the demo fund's shape), on the shipped
/// parameters: nothing traps, nothing fails, and the working is there.
@Suite("Engine on the generated fund")
struct EngineOnGeneratedFundTests {
    @Test("Every membership record of a 5,000-member fund calculates at 31 March 2026 and at normal pension age")
    func everyRecordCalculates() throws {
        let calculator = MemberCalculator(parameters: try ParameterLoader().load().scheme)
        var failures: [String] = []
        var protected = 0
        for member in Sample.records where member.record.currentStatus?.isEntitlementOnly == false {
            guard let person = Sample.peopleByID[member.record.personID] else { continue }
            let facts = MemberFacts(person: person)
            do {
                let today = try calculator.estimate(member, facts: facts, calculationDate: Sample.asAt, retirementDate: nil)
                #expect(!today.steps.isEmpty)
                #expect(today.payable.residualPension <= today.payable.pension)
                if today.underpin.isProtected { protected += 1 }
                _ = try calculator.estimateAtNormalPensionAge(member, facts: facts, from: Sample.asAt)
            } catch {
                failures.append("record \(member.record.id) (\(member.record.currentStatus?.rawValue ?? "?")): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failed, first: \(failures.prefix(5))")
        #expect(protected > 0)
    }

    @Test("Figures only (the statement run's mode) gives exactly the explained figures, with no working, for every record")
    func figuresOnlyMatchesExplained() throws {
        let calculator = MemberCalculator(parameters: try ParameterLoader().load().scheme)
        var compared = 0
        for member in Sample.records where member.record.currentStatus?.isEntitlementOnly == false {
            guard let person = Sample.peopleByID[member.record.personID] else { continue }
            let facts = MemberFacts(person: person)
            let explained = try calculator.estimate(member, facts: facts, calculationDate: Sample.asAt, retirementDate: nil)
            let figures = try calculator.estimate(member, facts: facts, calculationDate: Sample.asAt, retirementDate: nil,
                                                  explained: false)
            #expect(figures.steps.isEmpty)
            #expect(figures.lines == explained.lines && figures.payable == explained.payable
                    && figures.death == explained.death && figures.underpin == explained.underpin
                    && figures.ages == explained.ages && figures.retirementDate == explained.retirementDate,
                    "record \(member.record.id)")
            let atNPA = try calculator.estimateAtNormalPensionAge(member, facts: facts, from: Sample.asAt)
            let atNPAFigures = try calculator.estimateAtNormalPensionAge(member, facts: facts, from: Sample.asAt,
                                                                         explained: false)
            #expect(atNPAFigures.payable == atNPA.payable && atNPAFigures.lines == atNPA.lines, "record \(member.record.id)")
            compared += 1
        }
        #expect(compared > 1_000)
    }

    @Test("Rule of 85 (SI 2014/525 Sch. 2): members of 30 September 2006 retiring at 60–64 have protected membership paid with at most the rule-of-85 reduction")
    func ruleOf85OnEarlyRetirement() throws {
        let calculator = MemberCalculator(parameters: try ParameterLoader().load().scheme)
        var checked = 0, protected = 0
        for member in Sample.records where member.record.currentStatus == .active
            && member.record.pensionableStart <= CalendarDate(2006, 9, 30) && !member.service.isEmpty {
            guard let person = Sample.peopleByID[member.record.personID] else { continue }
            let age = person.dateOfBirth.completedYears(on: Sample.asAt)
            guard (60...64).contains(age) else { continue }
            let facts = MemberFacts(person: person)
            let estimate = try calculator.estimate(member, facts: facts, calculationDate: Sample.asAt, retirementDate: Sample.asAt)
            guard estimate.lines.contains(where: { $0.kind == .pre2008 }) else { continue }
            let applied = estimate.steps.contains { $0.title.hasPrefix("Rule of 85 factor") }
            let refused = estimate.steps.contains { $0.title == "Rule of 85 does not apply" }
            #expect(applied != refused, "record \(member.record.id): the rule is either applied or refused, with a reason")
            #expect(applied == estimate.payable.adjustment.contains("protected by the rule of 85"))
            // 85 already reached on the retirement date: the 80ths are paid with no reduction.
            let wholeYears = member.record.pensionableStart.completedYears(on: Sample.asAt)
            if age + wholeYears >= 85 {
                #expect(estimate.payable.adjustment.contains("protected by the rule of 85 (no reduction)"),
                        "record \(member.record.id)")
            }
            if applied { protected += 1 }
            checked += 1
        }
        #expect(protected > 0)
        #expect(checked > 0)
    }
}
