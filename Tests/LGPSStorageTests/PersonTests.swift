import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("People")
struct PersonTests {
    @Test("Every field of a person round trips and another fund reads the id as absent (AC-6)",
          arguments: Backend.all)
    func roundTripAndIsolation(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fundA = try await Fixtures.fund(db, code: "A")
            let fundB = try await Fixtures.fund(db, code: "B")
            let repo = db.repositories.people
            let person = try await repo.create(Fixtures.person(fundID: fundA.id), actor: Fixtures.staff)
            var expected = Fixtures.person(fundID: fundA.id)
            expected.id = person.id
            #expect(try await repo.get(fundID: fundA.id, id: person.id) == expected)
            #expect(try await repo.get(fundID: fundB.id, id: person.id) == nil)
            var bare = Fixtures.person(fundID: fundA.id, nino: nil)
            bare.contact = ContactDetails(addressLines: [], postcode: "ZZ9 9ZZ", email: nil, homePhone: nil,
                                          mobilePhone: nil)
            bare.relationship = .single
            bare.partner = nil
            let stored = try await repo.create(bare, actor: Fixtures.staff)
            #expect(try await repo.get(fundID: fundA.id, id: stored.id) == stored)
            var changed = expected
            changed.fundID = fundB.id
            #expect(try await repo.update(changed, actor: Fixtures.staff) == nil)
        }
    }

    @Test("An update writes one audit entry with before and after of the changed fields only (AUDIT-1)",
          arguments: Backend.all)
    func updateIsAudited(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let repo = db.repositories.people
            var person = try await repo.create(Fixtures.person(fundID: fund.id), actor: Fixtures.staff)
            person.contact.postcode = "XY9 8ZW"
            person.contact.addressLines = ["2 Low Road"]
            #expect(try await repo.update(person, actor: Fixtures.staff) == person)
            #expect(try await repo.get(fundID: fund.id, id: person.id) == person)
            #expect(try await repo.update(person, actor: Fixtures.staff) == person)
            let history = try await db.repositories.audit.history(fundID: fund.id, entity: "person",
                                                                   entityID: person.id, limit: 10)
            #expect(history.map(\.action) == ["update", "create"])
            let update = try #require(history.first)
            #expect(update.actor == Fixtures.staff)
            #expect(update.before == #"{"address_lines":"1 High Street\nAmbridge\nBorsetshire","postcode":"AB1 2CD"}"#)
            #expect(update.after == #"{"address_lines":"2 Low Road","postcode":"XY9 8ZW"}"#)
            #expect(update.at > history[1].at)
        }
    }

    @Test("Invalid people are refused and nothing is stored", arguments: Backend.all)
    func invalidPeopleRefused(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            var person = Fixtures.person(fundID: fund.id)
            person.dateOfBirth = CalendarDate(2030, 1, 1)
            await #expect(throws: StorageError.invalid("The date of birth must be in the past")) {
                _ = try await db.repositories.people.create(person, actor: Fixtures.staff)
            }
            person = Fixtures.person(fundID: fund.id)
            person.contact.addressLines = ["1", "2", "3", "4", "5", "6"]
            await #expect(throws: StorageError.self) {
                _ = try await db.repositories.people.create(person, actor: Fixtures.staff)
            }
            let page = try await db.repositories.people.search(fundID: fund.id, query: "smith", page: 1, pageSize: 10)
            #expect(page.total == 0)
        }
    }

    @Test("Nominations must total 100%: otherwise refused and nothing changes", arguments: Backend.all)
    func nominationsTotal100(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fundA = try await Fixtures.fund(db, code: "A")
            let fundB = try await Fixtures.fund(db, code: "B")
            let repo = db.repositories.people
            let person = try await repo.create(Fixtures.person(fundID: fundA.id), actor: Fixtures.staff)
            try await repo.replaceNominations(fundID: fundA.id, personID: person.id, Fixtures.nominations(),
                                              actor: Fixtures.staff)
            #expect(try await repo.nominations(fundID: fundA.id, personID: person.id) == Fixtures.nominations())
            var short = Fixtures.nominations()
            short[0].shareBasisPoints = 5_000
            await #expect(throws: StorageError.invalid("Nomination shares must total 100%")) {
                try await repo.replaceNominations(fundID: fundA.id, personID: person.id, short, actor: Fixtures.staff)
            }
            #expect(try await repo.nominations(fundID: fundA.id, personID: person.id) == Fixtures.nominations())
            #expect(try await repo.nominations(fundID: fundB.id, personID: person.id) == [])
            await #expect(throws: StorageError.notFound) {
                try await repo.replaceNominations(fundID: fundB.id, personID: person.id, [], actor: Fixtures.staff)
            }
            try await repo.replaceNominations(fundID: fundA.id, personID: person.id, [], actor: Fixtures.staff)
            #expect(try await repo.nominations(fundID: fundA.id, personID: person.id) == [])
            let history = try await db.repositories.audit.history(fundID: fundA.id, entity: "nomination",
                                                                   entityID: person.id, limit: 10)
            #expect(history.count == 2)
            #expect(history.first?.after == "[]")
        }
    }
}
