import SQLKit

/// Completing a registration: the key, the account, its recovery codes, the registration and the audit entry
/// in one transaction (AUTH-9, AUDIT-1).
extension SQLPortalAccountRepository {
    func completeRegistration(registrationID: Int64, activationKeyID: Int64, account: PortalAccount,
                              recoveryCodeHashes: [String], at: Timestamp, actor: Actor) async throws -> PortalAccount {
        guard Set(recoveryCodeHashes).count == recoveryCodeHashes.count else {
            throw StorageError.invalid("Recovery codes must all differ")
        }
        return try await database.transaction { db in
            try await Self.useKey(activationKeyID, for: account, at: at, on: db)
            try await Self.completeRegistration(registrationID, account: account, keyID: activationKeyID, at: at, on: db)
            try await Self.refuseDuplicate(account, on: db)
            var stored = account
            stored.id = try await IDAllocator.next(.portalAccount, on: db)
            stored.createdAt = at
            stored.passwordChangedAt = at
            stored.lastSignInAt = nil
            var rows = InsertRows(table: Self.table, columns: Self.columns)
            rows.append(Self.values(stored))
            try await UniqueViolation.mapped(to: account.email) { try await rows.run(on: db) }
            try await Self.insertRecoveryCodes(recoveryCodeHashes, accountID: stored.id, on: db)
            var after = Self.auditFields(stored)
            after.add("activation_key_id", number: activationKeyID)
            after.add("recovery_codes", number: Int64(recoveryCodeHashes.count))
            try await Self.audit(stored, action: "create", before: nil, after: after.json, actor: actor, at: at, on: db)
            return stored
        }
    }

    /// Marks the key used, in one compare-and-set UPDATE: only the person's own key, unused, unrevoked and
    /// unexpired at `at` (a concurrent completion with the same key finds it used).
    static func useKey(_ keyID: Int64, for account: PortalAccount, at: Timestamp, on db: any SQLDatabase)
        async throws {
        let used = try await db.update("activation_keys").set("used_at_us", to: at.microseconds)
            .where("id", .equal, keyID).where("fund_id", .equal, account.fundID)
            .where("person_id", .equal, account.personID)
            .where("used_at_us", .is, SQLLiteral.null).where("revoked_at_us", .is, SQLLiteral.null)
            .where("expires_at_us", .greaterThan, at.microseconds)
            .returning("id").all()
        guard !used.isEmpty else { throw PortalStoreError.keyUnavailable }
    }

    /// Marks an unfinished registration of the fund complete with what it ended with.
    static func completeRegistration(_ id: Int64, account: PortalAccount, keyID: Int64, at: Timestamp,
                                     on db: any SQLDatabase) async throws {
        let completed = try await db.update("portal_registrations")
            .set("activation_key_id", to: keyID).set("person_id", to: account.personID)
            .set("email", to: account.email)
            .set("updated_at_us", to: at.microseconds).set("completed_at_us", to: at.microseconds)
            .where("id", .equal, id).where("fund_id", .equal, account.fundID)
            .where("completed_at_us", .is, SQLLiteral.null)
            .returning("id").all()
        guard !completed.isEmpty else { throw PortalStoreError.registrationUnavailable }
    }

    /// Refuses a second account for the email (instance-wide) or for the person.
    static func refuseDuplicate(_ account: PortalAccount, on db: any SQLDatabase) async throws {
        if try await db.select().column("id").from(table)
            .where("email_key", .equal, SearchKey.normalise(account.email)).first() != nil {
            throw StorageError.duplicateKey(account.email)
        }
        if try await db.select().column("id").from(table).where("fund_id", .equal, account.fundID)
            .where("person_id", .equal, account.personID).first() != nil {
            throw StorageError.duplicateKey(personKey(account.personID))
        }
    }

    /// The key `StorageError.duplicateKey` names when a person already has an account.
    static func personKey(_ personID: Int64) -> String { "person \(personID)" }
}
