import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Annual allowance history storage")
struct AnnualAllowanceStorageTests {
    typealias F = PortalFixtures

    static func figures(_ fundID: Int64, person: Int64, record: Int64, year: Int, amount: Int64) -> PublishedPensionInput {
        let input = PensionInputYear(taxYear: TaxYear(startYear: year), openingPension: Money(pounds: 10_000),
                                     openingLumpSum: Money(pounds: 3_000), closingPension: Money(pounds: 11_000),
                                     closingLumpSum: Money(pounds: 3_000), cpi: Rate(basisPoints: 170),
                                     pensionInputAmount: Money(pence: amount), standardAllowance: Money(pounds: 60_000))
        return PublishedPensionInput(fundID: fundID, personID: person, recordID: record, year: input,
                                     publishedAt: F.now, publishedBy: "staff:1")
    }

    @Test("Published figures round-trip, a second publication replaces the first, and another fund reads nothing (AC-6)",
          arguments: Backend.all)
    func roundTrip(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active, .active])
            let (other, _) = try await F.fund(db, code: "OTH", statuses: [.active])
            let ids = try await db.repositories.records.ids(fundID: fund.id, personIDs: people)
            let first = try #require(ids[people[0]]?.first)
            let second = try #require(ids[people[1]]?.first)
            let repo = db.repositories.annualAllowance
            try await repo.publish([Self.figures(fund.id, person: people[0], record: first, year: 2023, amount: 1_234_56),
                                    Self.figures(fund.id, person: people[0], record: first, year: 2024, amount: 99),
                                    Self.figures(fund.id, person: people[1], record: second, year: 2024, amount: 5)],
                                   actor: Fixtures.staff)
            try await repo.publish([Self.figures(fund.id, person: people[0], record: first, year: 2024, amount: 700)],
                                   actor: Fixtures.staff)
            let history = try await repo.history(fundID: fund.id, recordID: first)
            #expect(history.map(\.year.taxYear.startYear) == [2024, 2023])
            #expect(history.map(\.year.pensionInputAmount) == [Money(pence: 700), Money(pence: 1_234_56)])
            #expect(history[1] == Self.figures(fund.id, person: people[0], record: first, year: 2023, amount: 1_234_56))
            #expect(history[1].year.cpi == Rate(basisPoints: 170))
            #expect(try await repo.count(fundID: fund.id, taxYear: TaxYear(startYear: 2024)) == 2)
            #expect(try await repo.history(fundID: other.id, recordID: first).isEmpty)
            #expect(try await repo.count(fundID: other.id, taxYear: TaxYear(startYear: 2024)) == 0)
            let audit = try await db.repositories.audit.history(fundID: fund.id, entity: "annual_allowance",
                                                                entityID: 2024, limit: 10)
            #expect(audit.count == 1)
        }
    }
}
