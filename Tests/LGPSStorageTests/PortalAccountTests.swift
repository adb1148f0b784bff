import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Portal accounts")
struct PortalAccountTests {
    typealias F = PortalFixtures

    @Test("An account is found by email ignoring case, by id and by person, and listed by fund in id order",
          arguments: Backend.all)
    func lookups(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active, .deferred, .pensioner])
            let repo = db.repositories.portalAccounts
            var accounts: [PortalAccount] = []
            for (index, person) in people.enumerated() {
                accounts.append(try await F.register(db, fundID: fund.id, personID: person,
                                                     email: "Member\(index)@Example.org"))
            }
            #expect(try await repo.find(email: " member1@example.ORG ") == accounts[1])
            #expect(try await repo.find(email: "nobody@example.org") == nil)
            #expect(try await repo.get(id: accounts[2].id) == accounts[2])
            #expect(try await repo.account(fundID: fund.id, personID: people[0]) == accounts[0])
            #expect(try await repo.account(fundID: fund.id + 1, personID: people[0]) == nil)
            #expect(try await repo.list(fundID: fund.id, after: 0, limit: 2) == Array(accounts.prefix(2)))
            #expect(try await repo.list(fundID: fund.id, after: accounts[1].id, limit: 2) == [accounts[2]])
            try await repo.recordSignIn(accountID: accounts[0].id, at: Timestamp(microseconds: 42))
            #expect(try await repo.get(id: accounts[0].id)?.lastSignInAt == Timestamp(microseconds: 42))
            await #expect(throws: StorageError.notFound) {
                try await repo.recordSignIn(accountID: 424242, at: F.now)
            }
        }
    }

    @Test("A TOTP step is accepted once: the same or a lower step is refused (AUTH-12)", arguments: Backend.all)
    func totpReplay(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active])
            let account = try await F.register(db, fundID: fund.id, personID: people[0], email: "a@example.org")
            let repo = db.repositories.portalAccounts
            #expect(try await repo.useTOTPStep(accountID: account.id, step: 1_000))
            #expect(try await repo.useTOTPStep(accountID: account.id, step: 1_000) == false)
            #expect(try await repo.useTOTPStep(accountID: account.id, step: 999) == false)
            #expect(try await repo.useTOTPStep(accountID: account.id, step: 1_001))
            #expect(try await repo.get(id: account.id)?.totpLastStep == 1_001)
            #expect(try await repo.useTOTPStep(accountID: 424242, step: 5) == false)
        }
    }

    @Test("Two sign-ins racing with the same TOTP step: exactly one is accepted (AUTH-12)", arguments: Backend.all)
    func totpRace(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active])
            let account = try await F.register(db, fundID: fund.id, personID: people[0], email: "a@example.org")
            let staff = try await db.repositories.staff.create(
                StaffUser(id: 0, fundID: fund.id, email: "pat@example.org", name: "Pat", passwordHash: "$2b$12$x",
                          role: .officer), actor: .system("tests"))
            let racers = 4
            for step in Int64(1)...3 {
                let accepted = await withTaskGroup(of: Bool.self) { group in
                    for index in 0..<(2 * racers) {
                        group.addTask {
                            index < racers
                                ? (try? await db.repositories.portalAccounts.useTOTPStep(accountID: account.id,
                                                                                         step: step)) ?? false
                                : (try? await db.repositories.staff.useTOTPStep(userID: staff.id, step: step)) ?? false
                        }
                    }
                    return await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
                }
                #expect(accepted == 2, "one portal and one staff acceptance for step \(step)")
            }
        }
    }

    @Test("A recovery code is consumed once; replacing the codes is audited by count only (AUTH-13)",
          arguments: Backend.all)
    func recoveryCodes(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active])
            let account = try await F.register(db, fundID: fund.id, personID: people[0], email: "a@example.org",
                                               recoveryCodeHashes: ["rc-1", "rc-2"])
            let repo = db.repositories.portalAccounts
            #expect(try await repo.consumeRecoveryCode(accountID: account.id, codeHash: "rc-1", at: F.now))
            #expect(try await repo.consumeRecoveryCode(accountID: account.id, codeHash: "rc-1", at: F.now) == false)
            #expect(try await repo.consumeRecoveryCode(accountID: account.id, codeHash: "rc-9", at: F.now) == false)
            #expect(try await repo.consumeRecoveryCode(accountID: account.id + 1, codeHash: "rc-2", at: F.now) == false)
            #expect(try await repo.unusedRecoveryCodeCount(accountID: account.id) == 1)
            try await repo.replaceRecoveryCodes(accountID: account.id, codeHashes: ["rc-3", "rc-4", "rc-5"],
                                                actor: F.member)
            #expect(try await repo.unusedRecoveryCodeCount(accountID: account.id) == 3)
            #expect(try await repo.consumeRecoveryCode(accountID: account.id, codeHash: "rc-2", at: F.now) == false)
            #expect(try await repo.consumeRecoveryCode(accountID: account.id, codeHash: "rc-4", at: F.now))
            await #expect(throws: StorageError.invalid("Recovery codes must all differ")) {
                try await repo.replaceRecoveryCodes(accountID: account.id, codeHashes: ["x", "x"], actor: F.member)
            }
            let texts = try await F.auditTexts(db, fundID: fund.id, entity: "portal_account", id: account.id)
            #expect(texts.last == "{\"unused_recovery_codes\":1}{\"unused_recovery_codes\":3}")
            #expect(texts.allSatisfy { !$0.contains("rc-") })
        }
    }

    @Test("Second factor, password, email and status changes are audited without hashes or secrets (AUDIT-1)",
          arguments: Backend.all)
    func auditedChanges(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active, .active])
            let account = try await F.register(db, fundID: fund.id, personID: people[0], email: "a@example.org")
            _ = try await F.register(db, fundID: fund.id, personID: people[1], email: "taken@example.org")
            let repo = db.repositories.portalAccounts
            try await repo.setTOTP(accountID: account.id, sealedSecret: "sealed-secret-1", secondFactor: .totp,
                                   actor: F.member)
            try await repo.setTOTP(accountID: account.id, sealedSecret: "sealed-secret-2", secondFactor: .totp,
                                   actor: F.member)
            try await repo.setPassword(accountID: account.id, passwordHash: "$2b$12$newhash",
                                       at: Timestamp(microseconds: 77), actor: F.member)
            try await repo.setEmail(accountID: account.id, email: "New@Example.org", actor: F.member)
            await #expect(throws: StorageError.duplicateKey("TAKEN@example.org")) {
                try await repo.setEmail(accountID: account.id, email: "TAKEN@example.org", actor: F.member)
            }
            try await repo.setStatus(accountID: account.id, status: .disabled, actor: Fixtures.staff)
            try await repo.setStatus(accountID: account.id, status: .disabled, actor: Fixtures.staff)
            await #expect(throws: StorageError.notFound) {
                try await repo.setStatus(accountID: 424242, status: .active, actor: Fixtures.staff)
            }

            let stored = try #require(try await repo.get(id: account.id))
            #expect(stored.totpSecretSealed == "sealed-secret-2" && stored.secondFactor == .totp)
            #expect(stored.passwordHash == "$2b$12$newhash" && stored.passwordChangedAt == Timestamp(microseconds: 77))
            #expect(stored.email == "New@Example.org" && stored.status == .disabled)
            #expect(try await repo.find(email: "new@example.org") == stored)
            #expect(try await repo.find(email: "a@example.org") == nil)

            let texts = try await F.auditTexts(db, fundID: fund.id, entity: "portal_account", id: account.id)
            #expect(Array(texts.dropFirst()) == [
                #"{"second_factor":"email","totp":"none"}{"second_factor":"totp","totp":"set"}"#,
                #"{"second_factor":"totp","totp":"set"}{"second_factor":"totp","totp":"replaced"}"#,
                #"{"password":"changed"}"#,
                #"{"email":"a@example.org"}{"email":"New@Example.org"}"#,
                #"{"status":"active"}{"status":"disabled"}"#,
            ])
            for secret in ["sealed-secret", "$2b$"] { #expect(texts.allSatisfy { !$0.contains(secret) }) }
            #expect(try await db.repositories.audit.verify().isIntact)
        }
    }

    @Test("Staff users enrol a sealed TOTP secret, audited without it (AUTH-11)", arguments: Backend.all)
    func staffTOTP(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let repo = db.repositories.staff
            let user = try await repo.create(StaffUser(id: 0, fundID: fund.id, email: "pat@example.org", name: "Pat",
                                                       passwordHash: "$2b$12$x", role: .manager),
                                             actor: .system("tests"))
            #expect(user.totpSecretSealed == nil && user.totpLastStep == nil)
            try await repo.setTOTP(userID: user.id, sealedSecret: "sealed-staff-secret", actor: Fixtures.staff)
            #expect(try await repo.useTOTPStep(userID: user.id, step: 10))
            #expect(try await repo.useTOTPStep(userID: user.id, step: 10) == false)
            let stored = try #require(try await repo.find(email: "PAT@example.org"))
            #expect(stored.totpSecretSealed == "sealed-staff-secret" && stored.totpLastStep == 10)
            await #expect(throws: StorageError.notFound) {
                try await repo.setTOTP(userID: 424242, sealedSecret: nil, actor: Fixtures.staff)
            }
            let history = try await db.repositories.audit.history(fundID: fund.id, entity: "staff_user",
                                                                   entityID: user.id, limit: 10)
            #expect(history.first?.action == "second_factor")
            #expect(history.first?.after == #"{"totp":"set"}"#)
            #expect(history.allSatisfy { !(($0.before ?? "") + ($0.after ?? "")).contains("sealed") })
        }
    }
}
