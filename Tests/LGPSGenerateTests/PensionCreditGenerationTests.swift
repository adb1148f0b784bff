import Testing
import LGPSGenerate
import LGPSParameters
import LGPSRules

/// Generated pension credit members (WRPA 1999 s. 29) carry a pension credit the engine can work from, so the
/// statement run gives each one a statement (SI 2013/2356 reg. 89(1)).
@Suite("Generated pension credits")
struct PensionCreditGenerationTests {
    static var creditRecords: [MemberRecord] { Sample.records.filter { $0.record.currentStatus == .pensionCredit } }

    @Test("Every pension credit record has a credit of £300 to £6,000 a year from the day its status began; no other record has one")
    func plausibleCredits() {
        #expect(!Self.creditRecords.isEmpty)
        for member in Self.creditRecords {
            guard let credit = member.pensionCredit else { Issue.record("record \(member.record.id) has no credit"); continue }
            #expect((Money(pounds: 300)...Money(pounds: 6_000)).contains(credit.annualAmount))
            #expect(credit.transferDay == member.record.statusHistory.first?.from)
            #expect(credit.transferDay <= Sample.asAt)
        }
        #expect(Sample.records.allSatisfy { $0.record.currentStatus == .pensionCredit || $0.pensionCredit == nil })
    }

    @Test("Every generated pension credit calculates at 31 March 2026 and at its normal pension age, on the shipped parameters")
    func everyCreditCalculates() throws {
        let calculator = MemberCalculator(parameters: try ParameterLoader().load().scheme)
        var failures: [String] = []
        for member in Self.creditRecords {
            guard let person = Sample.peopleByID[member.record.personID], let credit = member.pensionCredit else { continue }
            do {
                let estimate = try calculator.estimate(member, facts: MemberFacts(person: person),
                                                       calculationDate: Sample.asAt, retirementDate: nil)
                #expect(estimate.accruedPension >= credit.annualAmount)
                #expect(estimate.death.survivorPension == nil && !estimate.underpin.isProtected)
                _ = try calculator.estimateAtNormalPensionAge(member, facts: MemberFacts(person: person), from: Sample.asAt)
            } catch {
                failures.append("record \(member.record.id): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failed, first: \(failures.prefix(5))")
    }
}
