import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Portal settings and registrations")
struct PortalSettingsAndRegistrationTests {
    typealias F = PortalFixtures

    @Test("Settings read back, are audited before and after, and must be a JSON object (AUDIT-1)",
          arguments: Backend.all)
    func settings(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let other = try await Fixtures.fund(db, code: "OTH")
            let repo = db.repositories.portalSettings
            #expect(try await repo.settingsJSON(fundID: fund.id) == nil)
            try await repo.save(fundID: fund.id, json: #"{"keyDays":30}"#, actor: Fixtures.staff)
            try await repo.save(fundID: fund.id, json: #"{"keyDays":60}"#, actor: Fixtures.staff)
            try await repo.save(fundID: fund.id, json: #"{"keyDays":60}"#, actor: Fixtures.staff)
            #expect(try await repo.settingsJSON(fundID: fund.id) == #"{"keyDays":60}"#)
            #expect(try await repo.settingsJSON(fundID: other.id) == nil)
            await #expect(throws: StorageError.invalid("Portal settings must be a JSON object")) {
                try await repo.save(fundID: fund.id, json: "[1]", actor: Fixtures.staff)
            }
            await #expect(throws: StorageError.notFound) {
                try await repo.save(fundID: 424242, json: "{}", actor: Fixtures.staff)
            }
            let history = try await db.repositories.audit.history(fundID: fund.id, entity: "portal_settings",
                                                                   entityID: fund.id, limit: 10)
            #expect(history.map(\.action) == ["update", "create"])
            #expect(history.first?.before == #"{"keyDays":30}"# && history.first?.after == #"{"keyDays":60}"#)
            #expect(history.allSatisfy { $0.actor == Fixtures.staff })
        }
    }

    @Test("A registration starts, is found by its token's hash, moves through steps and cannot change once complete",
          arguments: Backend.all)
    func registrationSteps(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active])
            let repo = db.repositories.registrations
            let started = try await repo.start(fundID: fund.id, tokenHash: "tok", at: F.now)
            #expect(started.step == PortalRegistration.firstStep && started.completedAt == nil)
            #expect(try await repo.find(tokenHash: "tok") == started)
            #expect(try await repo.find(tokenHash: "other") == nil)
            await #expect(throws: StorageError.duplicateKey("registration token")) {
                _ = try await repo.start(fundID: fund.id, tokenHash: "tok", at: F.now)
            }
            let later = Timestamp(microseconds: F.now.microseconds + 5)
            try await repo.update(id: started.id, step: "identity", activationKeyID: nil, personID: people[0],
                                  email: "jane@example.org", at: later)
            var expected = started
            expected.step = "identity"
            expected.personID = people[0]
            expected.email = "jane@example.org"
            expected.updatedAt = later
            #expect(try await repo.find(tokenHash: "tok") == expected)
            await #expect(throws: PortalStoreError.registrationUnavailable) {
                try await repo.update(id: 424242, step: "x", activationKeyID: nil, personID: nil, email: nil, at: later)
            }
        }
    }

    @Test("Registration counts: started since a moment, completed, and the rest by the step they stopped at",
          arguments: Backend.all)
    func registrationCounts(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active, .active])
            let repo = db.repositories.registrations
            let old = try await repo.start(fundID: fund.id, tokenHash: "old", at: Timestamp(microseconds: 1))
            try await repo.update(id: old.id, step: "identity", activationKeyID: nil, personID: nil, email: nil,
                                  at: Timestamp(microseconds: 2))
            for (index, step) in ["identity", "identity", "password"].enumerated() {
                let registration = try await repo.start(fundID: fund.id, tokenHash: "r\(index)", at: F.now)
                try await repo.update(id: registration.id, step: step, activationKeyID: nil, personID: nil, email: nil,
                                      at: F.now)
            }
            _ = try await repo.start(fundID: fund.id, tokenHash: "fresh", at: F.now)
            _ = try await F.register(db, fundID: fund.id, personID: people[0], email: "a@example.org")
            let completed = try #require(try await repo.find(tokenHash: "token-\(people[0])-a@example.org"))
            await #expect(throws: PortalStoreError.registrationUnavailable) {
                try await repo.update(id: completed.id, step: "again", activationKeyID: nil, personID: nil, email: nil,
                                      at: F.now)
            }
            let counts = try await repo.counts(fundID: fund.id, since: F.now)
            #expect(counts == RegistrationCounts(started: 5, completed: 1,
                                                 inProgressByStep: ["identity": 2, "password": 1,
                                                                    PortalRegistration.firstStep: 1]))
            #expect(try await repo.counts(fundID: fund.id, since: Timestamp(microseconds: 0)).started == 6)
        }
    }
}
