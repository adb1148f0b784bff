import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Bulk loader")
struct BulkLoaderTests {
    /// A batch of `count` people with ids reserved up front, each with two nominations and a record.
    static func batch(_ db: Database, fundID: Int64, employerID: Int64, count: Int) async throws -> LoadBatch {
        let bulk = db.repositories.bulk
        let firstPerson = try await bulk.reserveIDs(table: .person, count: count)
        let firstRecord = try await bulk.reserveIDs(table: .record, count: count)
        var people: [Person] = [], records: [MemberRecord] = []
        var nominations: [(personID: Int64, nomination: Nomination)] = []
        for index in 0..<count {
            var person = Fixtures.person(fundID: fundID, forenames: "P\(index)", surname: "Bulk")
            person.id = firstPerson + Int64(index)
            people.append(person)
            nominations += Fixtures.nominations().map { (person.id, $0) }
            var record = Fixtures.memberRecord(fundID: fundID, personID: person.id, employerID: employerID,
                                               memberNumber: "B\(index)")
            record.record.id = firstRecord + Int64(index)
            records.append(record)
        }
        return LoadBatch(people: people, nominations: nominations, records: records)
    }

    @Test("A bulk batch reads back through the repositories with one chained audit entry per person",
          arguments: Backend.all)
    func roundTrip(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let employer = try await db.repositories.employers.create(Fixtures.employer(fundID: fund.id),
                                                                      actor: Fixtures.staff)
            let batch = try await Self.batch(db, fundID: fund.id, employerID: employer.id, count: 1_500)
            try await db.repositories.bulk.load(batch, actor: .system("generate"))
            let person = batch.people[1_234]
            #expect(try await db.repositories.people.get(fundID: fund.id, id: person.id) == person)
            #expect(try await db.repositories.people.nominations(fundID: fund.id, personID: person.id)
                == Fixtures.nominations())
            var expected = batch.records[1_234]
            expected.careYears.sort { $0.schemeYear < $1.schemeYear }
            #expect(try await db.repositories.records.get(fundID: fund.id, id: expected.record.id) == expected)
            let page = try await db.repositories.people.search(fundID: fund.id, query: "bulk", page: 3, pageSize: 100)
            #expect(page.total == 1_500)
            let audit = try await db.repositories.audit.history(fundID: fund.id, entity: "person", entityID: person.id,
                                                                 limit: 5)
            #expect(audit.count == 1)
            #expect(audit.first?.after?.contains("\"surname\":\"Bulk\"") == true)
            #expect(try await db.repositories.audit.verify() == AuditVerification(entriesChecked: 1_502,
                                                                                   firstBrokenSequence: nil))
        }
    }

    @Test("Reserved id ranges never overlap", arguments: Backend.all)
    func reserveIDs(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let first = try await db.repositories.bulk.reserveIDs(table: .person, count: 10)
            let second = try await db.repositories.bulk.reserveIDs(table: .person, count: 5)
            #expect(second == first + 10)
            let fund = try await Fixtures.fund(db)
            let person = try await db.repositories.people.create(Fixtures.person(fundID: fund.id), actor: Fixtures.staff)
            #expect(person.id == second + 5)
        }
    }

    @Test("A batch with nominations that do not total 100% is refused and writes nothing", arguments: Backend.all)
    func invalidBatchWritesNothing(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let employer = try await db.repositories.employers.create(Fixtures.employer(fundID: fund.id),
                                                                      actor: Fixtures.staff)
            var batch = try await Self.batch(db, fundID: fund.id, employerID: employer.id, count: 3)
            batch.nominations.removeLast()
            await #expect(throws: StorageError.self) { try await db.repositories.bulk.load(batch, actor: .system("g")) }
            #expect(try await db.repositories.people.search(fundID: fund.id, query: "bulk", page: 1, pageSize: 10).total == 0)
        }
    }

    @Test("A batch that fails in the database rolls back whole (all-or-nothing)", arguments: Backend.all)
    func failingBatchRollsBack(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let batch = try await Self.batch(db, fundID: fund.id, employerID: 424_242, count: 3)
            await #expect(throws: (any Error).self) { try await db.repositories.bulk.load(batch, actor: .system("g")) }
            #expect(try await db.repositories.people.search(fundID: fund.id, query: "bulk", page: 1, pageSize: 10).total == 0)
            #expect(try await db.repositories.audit.verify() == AuditVerification(entriesChecked: 1,
                                                                                   firstBrokenSequence: nil))
        }
    }
}
