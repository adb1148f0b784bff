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
}
