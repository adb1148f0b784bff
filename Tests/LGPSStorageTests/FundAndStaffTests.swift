import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Funds and staff users")
struct FundAndStaffTests {
    @Test("A fund reads back by id and code and duplicate codes are refused", arguments: Backend.all)
    func funds(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let repo = db.repositories.funds
            let a = try await Fixtures.fund(db, code: "AAA")
            let b = try await Fixtures.fund(db, code: "BBB")
            #expect(a.id != b.id)
            #expect(try await repo.get(id: a.id) == a)
            #expect(try await repo.get(code: "BBB") == b)
            #expect(try await repo.all() == [a, b])
            #expect(try await repo.get(id: 424242) == nil)
            await #expect(throws: StorageError.duplicateKey("AAA")) { _ = try await Fixtures.fund(db, code: "AAA") }
        }
    }

    @Test("A staff user is found by email ignoring case; a second account with that email is refused",
          arguments: Backend.all)
    func staffUsers(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let repo = db.repositories.staff
            let user = try await repo.create(StaffUser(id: 0, fundID: fund.id, email: "Pat.Officer@Example.org",
                                                       name: "Pat Officer", passwordHash: "$2b$12$abc",
                                                       role: .teamLeader), actor: .system("tests"))
            #expect(user.id > 0)
            #expect(try await repo.get(id: user.id) == user)
            #expect(try await repo.find(email: " pat.officer@example.ORG ") == user)
            #expect(try await repo.find(email: "nobody@example.org") == nil)
            var twin = user
            twin.email = "PAT.OFFICER@example.org"
            await #expect(throws: StorageError.duplicateKey(twin.email)) {
                _ = try await repo.create(twin, actor: .system("tests"))
            }
            let history = try await db.repositories.audit.history(fundID: fund.id, entity: "staff_user",
                                                                   entityID: user.id, limit: 10)
            #expect(history.count == 1)
            #expect(history.first?.after?.contains("$2b$") == false)
        }
    }
}
