import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Employers")
struct EmployerTests {
    @Test("An employer with its rates reads back whole, only from its own fund (AC-6)", arguments: Backend.all)
    func roundTripAndIsolation(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fundA = try await Fixtures.fund(db, code: "A")
            let fundB = try await Fixtures.fund(db, code: "B")
            let repo = db.repositories.employers
            let employer = try await repo.create(Fixtures.employer(fundID: fundA.id), actor: Fixtures.staff)
            var expected = Fixtures.employer(fundID: fundA.id)
            expected.id = employer.id
            #expect(employer == expected)
            #expect(try await repo.get(fundID: fundA.id, id: employer.id) == expected)
            #expect(try await repo.get(fundID: fundB.id, id: employer.id) == nil)
            let second = try await repo.create(Fixtures.employer(fundID: fundA.id, code: "E002"), actor: Fixtures.staff)
            #expect(try await repo.list(fundID: fundA.id) == [expected, second])
            #expect(try await repo.list(fundID: fundB.id) == [])
            await #expect(throws: StorageError.duplicateKey("E001")) {
                _ = try await repo.create(Fixtures.employer(fundID: fundA.id), actor: Fixtures.staff)
            }
        }
    }
}
