import LGPSRules
import SQLKit
import Testing
@testable import LGPSStorage

@Suite("Portal activation keys and mailings")
struct PortalActivationTests {
    typealias F = PortalFixtures

    static func later(days: Int64) -> Timestamp { Timestamp(microseconds: F.now.microseconds + days * F.day) }

    @Test("A staff key revokes the person's earlier unused keys, not other people's, and is audited (AUTH-9)",
          arguments: Backend.all)
    func createKeyRevokes(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active, .active])
            let repo = db.repositories.activationKeys
            let first = try await repo.createKey(fundID: fund.id, personID: people[0], keyHash: "k1",
                                                 expiresAt: Self.later(days: 30), at: F.now, actor: Fixtures.staff)
            let neighbour = try await repo.createKey(fundID: fund.id, personID: people[1], keyHash: "k-other",
                                                     expiresAt: Self.later(days: 30), at: F.now, actor: Fixtures.staff)
            let revokeAt = Self.later(days: 1)
            let second = try await repo.createKey(fundID: fund.id, personID: people[0], keyHash: "k2",
                                                  expiresAt: Self.later(days: 31), at: revokeAt, actor: Fixtures.staff)
            #expect(first.mailingID == nil && first.isUsable(at: F.now))
            var revoked = first
            revoked.revokedAt = revokeAt
            #expect(try await repo.find(keyHash: "k1") == revoked)
            #expect(try await repo.find(keyHash: "k2") == second)
            #expect(try await repo.find(keyHash: "k-other") == neighbour)
            #expect(try await repo.find(keyHash: "nope") == nil)
            await #expect(throws: StorageError.notFound) {
                _ = try await repo.createKey(fundID: fund.id, personID: 424242, keyHash: "k3",
                                             expiresAt: Self.later(days: 1), at: F.now, actor: Fixtures.staff)
            }
            await #expect(throws: StorageError.duplicateKey("activation key")) {
                _ = try await repo.createKey(fundID: fund.id, personID: people[1], keyHash: "k2",
                                             expiresAt: Self.later(days: 1), at: F.now, actor: Fixtures.staff)
            }
            #expect(try await repo.find(keyHash: "k-other")?.revokedAt == nil)
            let history = try await db.repositories.audit.history(fundID: fund.id, entity: "activation_key",
                                                                   entityID: second.id, limit: 10)
            #expect(history.first?.after == "{\"person_id\":\(people[0]),\"expires_at_us\":"
                + "\(Self.later(days: 31).microseconds),\"revoked_earlier_keys\":1}")
        }
    }

    @Test("A mailing stores its keys in one go and counts them used, live, expired and revoked (AUTH-9)",
          arguments: Backend.all)
    func mailingsAndCounts(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active, .active, .deferred, .deferred])
            let repo = db.repositories.activationKeys
            let old = try await repo.createMailing(
                fundID: fund.id, description: "Spring letters", statusFilter: nil, expiresAt: Self.later(days: 10),
                keys: [(people[3], "m1-3")], at: F.now, actor: Fixtures.staff)
            let mailing = try await repo.createMailing(
                fundID: fund.id, description: "Deferred members 2026", statusFilter: "deferred",
                expiresAt: Self.later(days: 60), keys: people.enumerated().map { ($0.element, "m2-\($0.offset)") },
                at: F.now, actor: Fixtures.staff)
            #expect(mailing.keyCount == 4 && mailing.unusedLive == 4 && mailing.createdBy == Fixtures.staff.id)
            #expect(try await repo.find(keyHash: "m2-2")?.mailingID == mailing.id)
            // people[0] registers with the mailing's key; people[1] is sent a staff key (revoking theirs).
            let key0 = try #require(try await repo.find(keyHash: "m2-0"))
            let registration = try await db.repositories.registrations.start(fundID: fund.id, tokenHash: "t", at: F.now)
            _ = try await db.repositories.portalAccounts.completeRegistration(
                registrationID: registration.id, activationKeyID: key0.id,
                account: F.account(fundID: fund.id, personID: people[0], email: "p0@example.org"),
                recoveryCodeHashes: [], at: F.now, actor: F.member)
            _ = try await repo.createKey(fundID: fund.id, personID: people[1], keyHash: "staff-1",
                                         expiresAt: Self.later(days: 5), at: F.now, actor: Fixtures.staff)

            let soon = try await repo.mailings(fundID: fund.id, at: Self.later(days: 1))
            #expect(soon.map(\.id) == [mailing.id, old.id])
            // Used, unused and live, expired, revoked. people[3]'s spring key stays live: a mailing revokes nothing.
            #expect(soon.map { [$0.used, $0.unusedLive, $0.expired, $0.revoked] } == [[1, 2, 0, 1], [0, 1, 0, 0]])
            let afterOld = try await repo.mailings(fundID: fund.id, at: Self.later(days: 10))
            #expect(afterOld.map { [$0.used, $0.unusedLive, $0.expired, $0.revoked] } == [[1, 2, 0, 1], [0, 0, 1, 0]])
            let afterAll = try await repo.mailings(fundID: fund.id, at: Self.later(days: 60))
            #expect(afterAll.first.map { [$0.used, $0.unusedLive, $0.expired, $0.revoked] } == [1, 0, 2, 1])
            #expect(afterAll.first?.statusFilter == "deferred" && afterAll.first?.description == "Deferred members 2026")

            let history = try await db.repositories.audit.history(fundID: fund.id, entity: "activation_mailing",
                                                                   entityID: mailing.id, limit: 10)
            #expect(history.count == 1)
            #expect(history.first?.after?.contains("m2-") == false)
            #expect(history.first?.after?.contains("\"key_count\":4") == true)
        }
    }

    @Test("A mailing naming a person of another fund, or a person twice, stores nothing", arguments: Backend.all)
    func mailingRefusesStrangers(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active])
            let (_, strangers) = try await F.fund(db, code: "OTH", statuses: [.active])
            let repo = db.repositories.activationKeys
            await #expect(throws: StorageError.notFound) {
                _ = try await repo.createMailing(fundID: fund.id, description: "x", statusFilter: nil,
                                                 expiresAt: Self.later(days: 1),
                                                 keys: [(people[0], "a"), (strangers[0], "b")], at: F.now,
                                                 actor: Fixtures.staff)
            }
            await #expect(throws: StorageError.invalid("A mailing holds one key per person")) {
                _ = try await repo.createMailing(fundID: fund.id, description: "x", statusFilter: nil,
                                                 expiresAt: Self.later(days: 1),
                                                 keys: [(people[0], "a"), (people[0], "b")], at: F.now,
                                                 actor: Fixtures.staff)
            }
            #expect(try await repo.find(keyHash: "a") == nil)
            #expect(try await repo.mailings(fundID: fund.id, at: F.now) == [])
        }
    }

    @Test("People without accounts: chosen statuses only, no account, optionally no live key, paged by person",
          arguments: Backend.all)
    func peopleWithoutAccounts(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let statuses: [MemberStatus] = [.active, .deferred, .pensioner, .active, .deferred, .active]
            let (fund, people) = try await F.fund(db, statuses: statuses)
            let (other, _) = try await F.fund(db, code: "OTH", statuses: [.active])
            let repo = db.repositories.activationKeys
            let chosen = [MemberStatus.active, .deferred].map(\.rawValue)
            func page(_ at: Timestamp?, after: Int64 = 0, limit: Int = 100) async throws -> [Int64] {
                try await repo.peopleWithoutAccounts(fundID: fund.id, statuses: chosen, excludingLiveKeysAt: at,
                                                     after: after, limit: limit)
            }
            #expect(try await page(nil) == [people[0], people[1], people[3], people[4], people[5]])
            #expect(try await repo.peopleWithoutAccounts(fundID: fund.id, statuses: [], excludingLiveKeysAt: nil,
                                                         after: 0, limit: 10) == [])
            #expect(try await repo.peopleWithoutAccounts(fundID: other.id, statuses: ["pensioner"],
                                                         excludingLiveKeysAt: nil, after: 0, limit: 10) == [])
            // A second record does not list a person twice.
            let employer = try #require(try await db.repositories.employers.list(fundID: fund.id).first)
            var second = Fixtures.memberRecord(fundID: fund.id, personID: people[0], employerID: employer.id,
                                               memberNumber: "SECOND")
            second.record.statusHistory = [StatusPeriod(status: .deferred, from: CalendarDate(2020, 1, 1), to: nil)]
            _ = try await db.repositories.records.create(second, actor: Fixtures.staff)

            _ = try await F.register(db, fundID: fund.id, personID: people[1], email: "p1@example.org")
            _ = try await repo.createKey(fundID: fund.id, personID: people[3], keyHash: "live",
                                         expiresAt: Self.later(days: 5), at: F.now, actor: Fixtures.staff)
            #expect(try await page(nil) == [people[0], people[3], people[4], people[5]])
            #expect(try await page(F.now) == [people[0], people[4], people[5]])
            #expect(try await page(Self.later(days: 5)) == [people[0], people[3], people[4], people[5]])
            #expect(try await page(F.now, limit: 2) == [people[0], people[4]])
            #expect(try await page(F.now, after: people[4], limit: 2) == [people[5]])
        }
    }

    @Test("On SQLite the people query walks one index in person order, with no sort", arguments: [Backend.sqlite])
    func peopleQueryPlan(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let query = SQLActivationKeyRepository.peopleWithoutAccounts(
                on: db.sql, fundID: 1, statuses: ["active", "deferred"], excludingLiveKeysAt: F.now, after: 0,
                limit: 1_000)
            let plan = try await db.sql.raw(SQLQueryString("EXPLAIN QUERY PLAN \(query.query)"))
                .all().map { try $0.string("detail") }
            #expect(plan.contains { $0.contains("records_fund_person_status") }, "\(plan)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        }
    }
}
