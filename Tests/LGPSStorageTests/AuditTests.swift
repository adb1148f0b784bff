import LGPSRules
import SQLKit
import Testing
@testable import LGPSStorage

@Suite("Audit trail")
struct AuditTests {
    @Test("Every change is chained: each entry links to the previous hash and the chain verifies (AUDIT-1)",
          arguments: Backend.all)
    func chainVerifies(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            var person = try await db.repositories.people.create(Fixtures.person(fundID: fund.id), actor: Fixtures.staff)
            person.contact.email = "new@example.org"
            _ = try await db.repositories.people.update(person, actor: Fixtures.staff)
            let entries = try await db.repositories.audit.history(fundID: fund.id, entity: "person",
                                                                   entityID: person.id, limit: 10)
            #expect(entries.count == 2)
            #expect(entries[0].previousHash == entries[1].hash)
            #expect(entries.allSatisfy { $0.hash == AuditHash.hash(of: $0) })
            let fundEntry = try await db.repositories.audit.history(fundID: fund.id, entity: "fund", entityID: fund.id,
                                                                     limit: 1)
            #expect(fundEntry.first?.sequence == 1)
            #expect(fundEntry.first?.previousHash == String(repeating: "0", count: 64))
            #expect(try await db.repositories.audit.verify() == AuditVerification(entriesChecked: 3,
                                                                                   firstBrokenSequence: nil))
        }
    }

    @Test("Editing one audit row's after_json directly is detected at that sequence (LOG-7)", arguments: Backend.all)
    func tamperDetected(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            for surname in ["Able", "Baker", "Carter"] {
                _ = try await db.repositories.people.create(Fixtures.person(fundID: fund.id, surname: surname),
                                                            actor: Fixtures.staff)
            }
            #expect(try await db.repositories.audit.verify().isIntact)
            try await db.sql.update("audit_log").set("after_json", to: #"{"surname":"Mallory"}"#)
                .where("sequence", .equal, Int64(3)).run()
            let result = try await db.repositories.audit.verify()
            #expect(result.firstBrokenSequence == 3)
        }
    }

    @Test("Deleting the newest audit entry is detected", arguments: Backend.all)
    func truncationDetected(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            _ = try await db.repositories.people.create(Fixtures.person(fundID: fund.id), actor: Fixtures.staff)
            try await db.sql.delete(from: "audit_log").where("sequence", .equal, Int64(2)).run()
            #expect(try await db.repositories.audit.verify().firstBrokenSequence == 2)
        }
    }
}
