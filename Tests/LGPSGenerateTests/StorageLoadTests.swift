import Foundation
import LGPSGenerate
import LGPSRules
import LGPSStorage
import LGPSTestSupport
import Logging
import Synchronization
import Testing

@Suite("Generating into a SQLite database")
struct StorageLoadTests {
    /// A fresh migrated SQLite database in its own temporary directory, removed afterwards.
    static func withDatabase(_ body: (Database) async throws -> Void) async throws {
        let clock = FixedClock(instant: Timestamp(microseconds: 1_775_000_000_000_000), date: CalendarDate(2026, 3, 31))
        try await ScratchDatabase.with(.sqlite, label: "generate", clock: clock,
                                       logger: Logger(label: "lgps.generate.tests"), body)
    }

    @Test("500 people go through the real loader and a person and their record read back as generated")
    func generateAndReadBack() async throws {
        try await Self.withDatabase { database in
            let repositories = database.repositories
            let generator = try FundGenerator(seed: 99, members: 500, batchSize: 200)
            let reports = Mutex<[GenerationProgress]>([])
            let summary = try await generator.run(into: repositories.bulk, funds: repositories.funds,
                                                  employers: repositories.employers) { progress in
                reports.withLock { $0.append(progress) }
            }
            #expect(summary.people == 500)
            #expect(summary.fund.code == "NPF")
            #expect(reports.withLock { $0.map(\.peopleDone) } == [200, 400, 500])
            #expect(reports.withLock { $0.last?.recordsDone } == summary.records)

            let employers = try await repositories.employers.list(fundID: summary.fund.id).sorted { $0.id < $1.id }
            #expect(employers.map(\.name) == generator.employerDrafts(fundID: 0).map(\.name))
            let expected = generator.generateBatch(index: 0, fundID: summary.fund.id, employers: employers,
                                                   firstPersonID: 0, firstRecordID: 0)
            let wanted = expected.people[7]
            let found = try await repositories.people.search(fundID: summary.fund.id,
                                                             query: wanted.nationalInsuranceNumber!.value,
                                                             page: 1, pageSize: 5)
            let personID = try #require(found.items.first?.personID)
            let stored = try #require(try await repositories.people.get(fundID: summary.fund.id, id: personID))
            var comparable = wanted
            comparable = Person(id: stored.id, fundID: comparable.fundID, title: comparable.title,
                                forenames: comparable.forenames, surname: comparable.surname,
                                dateOfBirth: comparable.dateOfBirth, sex: comparable.sex,
                                nationalInsuranceNumber: comparable.nationalInsuranceNumber, contact: comparable.contact,
                                digitalPreference: comparable.digitalPreference, relationship: comparable.relationship,
                                partner: comparable.partner)
            #expect(stored == comparable)

            let summaries = try await repositories.records.summaries(fundID: summary.fund.id, personID: personID)
            let wantedRecords = expected.records.filter { $0.record.personID == wanted.id }
            #expect(summaries.map(\.memberNumber).sorted() == wantedRecords.map(\.record.memberNumber).sorted())
            let recordID = try #require(summaries.first { $0.memberNumber == wantedRecords[0].record.memberNumber }?.recordID)
            let record = try #require(try await repositories.records.get(fundID: summary.fund.id, id: recordID))
            #expect(record.service == wantedRecords[0].service)
            #expect(record.careYears == wantedRecords[0].careYears)
            #expect(record.record.statusHistory == wantedRecords[0].record.statusHistory)
        }
    }

    @Test("Generating a second fund with the same code is refused and changes nothing")
    func existingFundIsRefused() async throws {
        try await Self.withDatabase { database in
            let repositories = database.repositories
            let generator = try FundGenerator(seed: 1, members: 20)
            _ = try await generator.run(into: repositories.bulk, funds: repositories.funds, employers: repositories.employers)
            await #expect(throws: GenerationError.fundAlreadyExists(code: "NPF")) {
                _ = try await FundGenerator(seed: 2).run(members: 30, into: repositories.bulk, funds: repositories.funds,
                                                         employers: repositories.employers,
                                                         fundName: "Northshire Pension Fund")
            }
            #expect(try await repositories.funds.all().count == 1)
        }
    }
}
