import SQLKit

/// Audited changes to an account (AUDIT-1, AUTH-18): each reads the account, changes it and appends the audit
/// entry in one transaction. The audit keeps what changed, never a hash or secret.
extension SQLPortalAccountRepository {
    func setTOTP(accountID: Int64, sealedSecret: String?, secondFactor: SecondFactor, actor: Actor) async throws {
        let at = database.clock.now()
        try await database.transaction { db in
            let old = try await Self.existing(id: accountID, on: db)
            try await db.update(Self.table).set("totp_secret_sealed", to: sealedSecret)
                .set("second_factor", to: secondFactor.rawValue).where("id", .equal, accountID).run()
            var before = AuditFields(), after = AuditFields()
            before.add("second_factor", old.secondFactor.rawValue)
            before.add("totp", TOTPStep.auditState(old.totpSecretSealed))
            after.add("second_factor", secondFactor.rawValue)
            after.add("totp", TOTPStep.auditState(old: old.totpSecretSealed, new: sealedSecret))
            try await Self.audit(old, action: "second_factor", before: before.json, after: after.json, actor: actor,
                                 at: at, on: db)
        }
    }

    func setPassword(accountID: Int64, passwordHash: String, at: Timestamp, actor: Actor) async throws {
        try await database.transaction { db in
            let old = try await Self.existing(id: accountID, on: db)
            try await db.update(Self.table).set("password_hash", to: passwordHash)
                .set("password_changed_at_us", to: at.microseconds).where("id", .equal, accountID).run()
            var after = AuditFields()
            after.add("password", "changed")
            try await Self.audit(old, action: "password", before: nil, after: after.json, actor: actor, at: at, on: db)
        }
    }

    func setEmail(accountID: Int64, email: String, actor: Actor) async throws {
        let at = database.clock.now()
        let key = SearchKey.normalise(email)
        try await database.transaction { db in
            let old = try await Self.existing(id: accountID, on: db)
            if try await db.select().column("id").from(Self.table).where("email_key", .equal, key)
                .where("id", .notEqual, accountID).first() != nil {
                throw StorageError.duplicateKey(email)
            }
            var new = old
            new.email = email
            try await update(old, to: new, actor: actor, at: at, on: db) { update in
                update.set("email", to: email).set("email_key", to: key)
            }
        }
    }

    func setStatus(accountID: Int64, status: PortalAccountStatus, actor: Actor) async throws {
        let at = database.clock.now()
        try await database.transaction { db in
            let old = try await Self.existing(id: accountID, on: db)
            var new = old
            new.status = status
            try await update(old, to: new, actor: actor, at: at, on: db) { $0.set("status", to: status.rawValue) }
        }
    }

    /// Writes the change `set` describes and audits the fields that differ between `old` and `new`; does
    /// nothing when none does.
    private func update(_ old: PortalAccount, to new: PortalAccount, actor: Actor, at: Timestamp,
                        on db: any SQLDatabase, set: (SQLUpdateBuilder) -> SQLUpdateBuilder) async throws {
        guard let changes = AuditFields.changes(from: Self.auditFields(old), to: Self.auditFields(new)) else { return }
        try await UniqueViolation.mapped(to: new.email) {
            try await set(db.update(Self.table)).where("id", .equal, old.id).run()
        }
        try await Self.audit(old, action: "update", before: changes.before, after: changes.after, actor: actor, at: at,
                             on: db)
    }
}
