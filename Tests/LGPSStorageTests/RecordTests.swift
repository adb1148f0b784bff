import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Pension records")
struct RecordTests {
    @Test("A whole record aggregate round trips every field and is absent from another fund (AC-6)",
          arguments: Backend.all)
    func roundTrip(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fundA = try await Fixtures.fund(db, code: "A")
            let fundB = try await Fixtures.fund(db, code: "B")
            let employer = try await db.repositories.employers.create(Fixtures.employer(fundID: fundA.id),
                                                                      actor: Fixtures.staff)
            let person = try await db.repositories.people.create(Fixtures.person(fundID: fundA.id), actor: Fixtures.staff)
            let repo = db.repositories.records
            let stored = try await repo.create(Fixtures.memberRecord(fundID: fundA.id, personID: person.id,
                                                                     employerID: employer.id), actor: Fixtures.staff)
            var expected = Fixtures.memberRecord(fundID: fundA.id, personID: person.id, employerID: employer.id)
            expected.record.id = stored.record.id
            #expect(stored == expected)
            expected.careYears.sort { $0.schemeYear < $1.schemeYear }
            #expect(try await repo.get(fundID: fundA.id, id: stored.record.id) == expected)
            #expect(try await repo.get(fundID: fundB.id, id: stored.record.id) == nil)
            let summaries = try await repo.summaries(fundID: fundA.id, personID: person.id)
            #expect(summaries == [RecordSummary(recordID: stored.record.id, memberNumber: "M0001234",
                                                payrollReference: "PAY-77", employerName: employer.name,
                                                jobTitle: "Librarian", pensionableStart: CalendarDate(1990, 9, 1),
                                                leftOn: CalendarDate(2020, 3, 31), status: .deferred)])
            #expect(try await repo.summaries(fundID: fundB.id, personID: person.id) == [])
        }
    }

    @Test("A record cannot be filed under another fund's person or employer", arguments: Backend.all)
    func ownersMustShareTheFund(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fundA = try await Fixtures.fund(db, code: "A")
            let fundB = try await Fixtures.fund(db, code: "B")
            let employer = try await db.repositories.employers.create(Fixtures.employer(fundID: fundB.id),
                                                                      actor: Fixtures.staff)
            let person = try await db.repositories.people.create(Fixtures.person(fundID: fundA.id), actor: Fixtures.staff)
            await #expect(throws: StorageError.invalid("The employer is not in this fund")) {
                _ = try await db.repositories.records.create(
                    Fixtures.memberRecord(fundID: fundA.id, personID: person.id, employerID: employer.id),
                    actor: Fixtures.staff)
            }
        }
    }

    @Test("Updating a record's own fields is audited; leaving before joining is refused", arguments: Backend.all)
    func updateIsAudited(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let employer = try await db.repositories.employers.create(Fixtures.employer(fundID: fund.id),
                                                                      actor: Fixtures.staff)
            let person = try await db.repositories.people.create(Fixtures.person(fundID: fund.id), actor: Fixtures.staff)
            let repo = db.repositories.records
            var record = try await repo.create(Fixtures.memberRecord(fundID: fund.id, personID: person.id,
                                                                     employerID: employer.id),
                                               actor: Fixtures.staff).record
            record.jobTitle = "Senior Librarian"
            #expect(try await repo.update(record, actor: Fixtures.staff) == record)
            #expect(try await repo.get(fundID: fund.id, id: record.id)?.record == record)
            var bad = record
            bad.leftOn = CalendarDate(1980, 1, 1)
            await #expect(throws: StorageError.self) { _ = try await repo.update(bad, actor: Fixtures.staff) }
            #expect(try await repo.get(fundID: fund.id, id: record.id)?.record == record)
            let history = try await db.repositories.audit.history(fundID: fund.id, entity: "pension_record",
                                                                   entityID: record.id, limit: 10)
            #expect(history.first?.before == #"{"job_title":"Librarian"}"#)
            #expect(history.first?.after == #"{"job_title":"Senior Librarian"}"#)
            var elsewhere = record
            elsewhere.fundID = 99_999
            #expect(try await repo.update(elsewhere, actor: Fixtures.staff) == nil)
        }
    }
}
