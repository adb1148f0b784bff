import LGPSRules
import LGPSStatementRun
import LGPSStorage
import Testing

/// `lgps allowance publish`: every record with active membership in the tax year gets the engine's pension input
/// amount, stored for the portal; the others are counted, not stored; a second publication replaces the first.
@Suite("Annual allowance publication")
struct AnnualAllowancePublisherTests {
    @Test("Publishing 2024-25 on a generated fund stores the engine's figures for each record active in the year",
          arguments: Backend.all)
    func publishes(backend: Backend) async throws {
        try await RunFixture.with(backend, members: 120) { db, service in
            let fund = service.fund.id
            let year = TaxYear(startYear: 2024)
            let publisher = AnnualAllowancePublisher(database: db, parameters: RunFixture.parameters,
                                                     clock: RunFixture.clock(), actor: .system("tests"), batchSize: 50)
            let outcome = try await publisher.publish(fundID: fund, taxYear: year)
            #expect(outcome.failures.isEmpty, "\(outcome.failures)")
            #expect(outcome.published > 0 && outcome.notApplicable > 0)
            #expect(try await db.repositories.annualAllowance.count(fundID: fund, taxYear: year) == outcome.published)
            let calculator = MemberCalculator(parameters: RunFixture.parameters)
            var checked = 0
            let ids = try await db.repositories.records.ids(fundID: fund, after: 0, limit: 1_000)
            for id in ids {
                let member = try #require(try await db.repositories.records.get(fundID: fund, id: id))
                let person = try #require(try await db.repositories.people.get(fundID: fund, id: member.record.personID))
                let expected = try calculator.pensionInput(member, facts: MemberFacts(person: person), taxYear: year)
                let stored = try await db.repositories.annualAllowance.history(fundID: fund, recordID: id)
                #expect(stored.map(\.year) == (expected.map { [$0] } ?? []))
                checked += 1
            }
            #expect(checked == outcome.published + outcome.notApplicable)
            // Once more for one record: its row is replaced, not doubled.
            let again = try await publisher.publish(fundID: fund, taxYear: year, recordIDs: [try #require(ids.first)])
            #expect(again.published + again.notApplicable == 1)
            #expect(try await db.repositories.annualAllowance.count(fundID: fund, taxYear: year) == outcome.published)
        }
    }
}
