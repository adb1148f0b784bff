import LGPSRules
import SQLKit
import Testing
@testable import LGPSStorage

@Suite("Portal registration completion")
struct PortalCompletionTests {
    typealias F = PortalFixtures

    /// A fund with one active member, a live key and a started registration.
    struct Setup {
        var fundID: Int64
        var personID: Int64
        var key: ActivationKeyRecord
        var registration: PortalRegistration
    }

    static func setup(_ db: Database, expiresIn days: Int64 = 30) async throws -> Setup {
        let (fund, people) = try await F.fund(db, statuses: [.active])
        let key = try await db.repositories.activationKeys.createKey(
            fundID: fund.id, personID: people[0], keyHash: "key-hash-A",
            expiresAt: Timestamp(microseconds: F.now.microseconds + days * F.day), at: F.now, actor: Fixtures.staff)
        let registration = try await db.repositories.registrations.start(fundID: fund.id, tokenHash: "token-A",
                                                                         at: F.now)
        return Setup(fundID: fund.id, personID: people[0], key: key, registration: registration)
    }

    static func complete(_ db: Database, _ s: Setup, email: String = "jane@example.org", registrationID: Int64? = nil,
                         at: Timestamp = F.now) async throws -> PortalAccount {
        try await db.repositories.portalAccounts.completeRegistration(
            registrationID: registrationID ?? s.registration.id, activationKeyID: s.key.id,
            account: F.account(fundID: s.fundID, personID: s.personID, email: email),
            recoveryCodeHashes: ["rc-hash-1", "rc-hash-2", "rc-hash-3"], at: at, actor: F.member)
    }

    static func accountCount(_ db: Database) async throws -> Int64 {
        try await db.sql.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n")
            .from("portal_accounts").first()?.int64("n") ?? -1
    }

    @Test("A registration completes once: the key is used, the registration complete and the account stored (AUTH-9)",
          arguments: Backend.all)
    func completesOnce(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let s = try await Self.setup(db)
            let account = try await Self.complete(db, s)
            #expect(account.id > 0)
            #expect(account.createdAt == F.now && account.passwordChangedAt == F.now && account.lastSignInAt == nil)
            #expect(try await db.repositories.portalAccounts.get(id: account.id) == account)
            #expect(try await db.repositories.activationKeys.find(keyHash: "key-hash-A")?.usedAt == F.now)
            let registration = try await db.repositories.registrations.find(tokenHash: "token-A")
            #expect(registration?.completedAt == F.now)
            #expect(registration?.personID == s.personID && registration?.activationKeyID == s.key.id)
            #expect(try await db.repositories.portalAccounts.unusedRecoveryCodeCount(accountID: account.id) == 3)

            let second = try await db.repositories.registrations.start(fundID: s.fundID, tokenHash: "token-B", at: F.now)
            await #expect(throws: PortalStoreError.keyUnavailable) {
                _ = try await Self.complete(db, s, email: "other@example.org", registrationID: second.id)
            }
            #expect(try await Self.accountCount(db) == 1)
            #expect(try await db.repositories.registrations.find(tokenHash: "token-B")?.completedAt == nil)
            await #expect(throws: PortalStoreError.keyUnavailable) { _ = try await Self.complete(db, s) }
        }
    }

    @Test("An expired key and a revoked key are refused and create nothing (AUTH-9)", arguments: Backend.all)
    func expiredAndRevokedKeys(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let s = try await Self.setup(db, expiresIn: 1)
            let expiry = Timestamp(microseconds: F.now.microseconds + F.day)
            await #expect(throws: PortalStoreError.keyUnavailable) { _ = try await Self.complete(db, s, at: expiry) }
            #expect(try await db.repositories.activationKeys.find(keyHash: "key-hash-A")?.usedAt == nil)

            _ = try await db.repositories.activationKeys.createKey(
                fundID: s.fundID, personID: s.personID, keyHash: "key-hash-B",
                expiresAt: Timestamp(microseconds: F.now.microseconds + F.day), at: F.now, actor: Fixtures.staff)
            #expect(try await db.repositories.activationKeys.find(keyHash: "key-hash-A")?.revokedAt == F.now)
            await #expect(throws: PortalStoreError.keyUnavailable) { _ = try await Self.complete(db, s) }
            #expect(try await Self.accountCount(db) == 0)
            #expect(try await db.repositories.registrations.find(tokenHash: "token-A")?.completedAt == nil)
        }
    }

    @Test("A key completes only its own person's registration (AUTH-9)", arguments: Backend.all)
    func keyOfAnotherPerson(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active, .deferred])
            let key = try await db.repositories.activationKeys.createKey(
                fundID: fund.id, personID: people[0], keyHash: "key-hash-A",
                expiresAt: Timestamp(microseconds: F.now.microseconds + F.day), at: F.now, actor: Fixtures.staff)
            let registration = try await db.repositories.registrations.start(fundID: fund.id, tokenHash: "t", at: F.now)
            await #expect(throws: PortalStoreError.keyUnavailable) {
                _ = try await db.repositories.portalAccounts.completeRegistration(
                    registrationID: registration.id, activationKeyID: key.id,
                    account: F.account(fundID: fund.id, personID: people[1], email: "b@example.org"),
                    recoveryCodeHashes: [], at: F.now, actor: F.member)
            }
        }
    }

    @Test("A taken email or a person who already has an account is refused and leaves the key unused",
          arguments: Backend.all)
    func duplicatesLeaveTheKeyUnused(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let s = try await Self.setup(db)
            let (_, others) = try await F.fund(db, code: "OTH", statuses: [.active])
            let otherFund = try #require(try await db.repositories.funds.get(code: "OTH"))
            _ = try await F.register(db, fundID: otherFund.id, personID: others[0], email: "Jane@Example.org")
            await #expect(throws: StorageError.duplicateKey(" jane@EXAMPLE.org")) {
                _ = try await Self.complete(db, s, email: " jane@EXAMPLE.org")
            }
            #expect(try await db.repositories.activationKeys.find(keyHash: "key-hash-A")?.usedAt == nil)
            #expect(try await db.repositories.registrations.find(tokenHash: "token-A")?.completedAt == nil)

            // A mailing's key (which, unlike a staff key, revokes nothing) registers the person first.
            let mailing = try await db.repositories.activationKeys.createMailing(
                fundID: s.fundID, description: "Second letter", statusFilter: nil,
                expiresAt: Timestamp(microseconds: F.now.microseconds + F.day),
                keys: [(personID: s.personID, keyHash: "key-hash-M")], at: F.now, actor: Fixtures.staff)
            #expect(mailing.keyCount == 1)
            let mailed = try #require(try await db.repositories.activationKeys.find(keyHash: "key-hash-M"))
            let first = try await db.repositories.registrations.start(fundID: s.fundID, tokenHash: "token-M", at: F.now)
            _ = try await db.repositories.portalAccounts.completeRegistration(
                registrationID: first.id, activationKeyID: mailed.id,
                account: F.account(fundID: s.fundID, personID: s.personID, email: "first@example.org"),
                recoveryCodeHashes: [], at: F.now, actor: F.member)
            await #expect(throws: StorageError.duplicateKey("person \(s.personID)")) {
                _ = try await Self.complete(db, s, email: "second@example.org")
            }
            #expect(try await db.repositories.activationKeys.find(keyHash: "key-hash-A")?.usedAt == nil)
        }
    }

    @Test("Two completions racing with one key: exactly one succeeds (AUTH-9)", arguments: Backend.all)
    func concurrentCompletions(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let s = try await Self.setup(db)
            let other = try await db.repositories.registrations.start(fundID: s.fundID, tokenHash: "token-B", at: F.now)
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for (index, registration) in [s.registration.id, other.id].enumerated() {
                    group.addTask {
                        (try? await Self.complete(db, s, email: "racer\(index)@example.org",
                                                  registrationID: registration)) != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await Self.accountCount(db) == 1)
        }
    }

    @Test("The account's audit entry names the key and the codes' count, never a hash or secret (AUDIT-1)",
          arguments: Backend.all)
    func auditHasNoHashes(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let s = try await Self.setup(db)
            let account = try await Self.complete(db, s)
            let history = try await db.repositories.audit.history(fundID: s.fundID, entity: "portal_account",
                                                                   entityID: account.id, limit: 10)
            #expect(history.count == 1)
            let entry = try #require(history.first)
            #expect(entry.action == "create" && entry.actor == F.member && entry.at == F.now)
            let after = try #require(entry.after)
            #expect(after.contains("\"activation_key_id\":\(s.key.id)") && after.contains("\"recovery_codes\":3"))
            for secret in ["$2b$", "rc-hash", "key-hash", "token-A"] { #expect(!after.contains(secret)) }
            #expect(try await db.repositories.audit.verify().isIntact)
        }
    }
}
