import SQLKit

/// ``PortalAccountRepository`` over SQLKit, for SQLite and PostgreSQL. Emails are unique across the instance by
/// `email_key` (trimmed and lowercased, as for staff).
struct SQLPortalAccountRepository: PortalAccountRepository {
    let database: Database

    static let table = "portal_accounts"
    static let columns = ["id", "fund_id", "person_id", "email", "email_key", "password_hash", "second_factor",
                          "totp_secret_sealed", "totp_last_step", "status", "created_at_us",
                          "password_changed_at_us", "last_sign_in_at_us"]

    func find(email: String) async throws -> PortalAccount? {
        try await database.sql.select().columns(Self.columns).from(Self.table)
            .where("email_key", .equal, SearchKey.normalise(email)).first().map(Self.decode)
    }

    func get(id: Int64) async throws -> PortalAccount? {
        try await Self.get(id: id, on: database.sql)
    }

    func account(fundID: Int64, personID: Int64) async throws -> PortalAccount? {
        try await database.sql.select().columns(Self.columns).from(Self.table)
            .where("fund_id", .equal, fundID).where("person_id", .equal, personID).first().map(Self.decode)
    }

    func list(fundID: Int64, after: Int64, limit: Int) async throws -> [PortalAccount] {
        try await database.sql.select().columns(Self.columns).from(Self.table)
            .where("fund_id", .equal, fundID).where("id", .greaterThan, after)
            .orderBy("id").limit(limit).all().map(Self.decode)
    }

    func useTOTPStep(accountID: Int64, step: Int64) async throws -> Bool {
        try await TOTPStep.use(table: Self.table, id: accountID, step: step, on: database.sql)
    }

    func recordSignIn(accountID: Int64, at: Timestamp) async throws {
        let rows = try await database.sql.update(Self.table).set("last_sign_in_at_us", to: at.microseconds)
            .where("id", .equal, accountID).returning("id").all()
        guard !rows.isEmpty else { throw StorageError.notFound }
    }

    static func get(id: Int64, on db: any SQLDatabase) async throws -> PortalAccount? {
        try await db.select().columns(columns).from(table).where("id", .equal, id).first().map(decode)
    }

    /// The account, or `StorageError.notFound`.
    static func existing(id: Int64, on db: any SQLDatabase) async throws -> PortalAccount {
        guard let account = try await get(id: id, on: db) else { throw StorageError.notFound }
        return account
    }

    static func values(_ a: PortalAccount) -> [any SQLCellConvertible] {
        [a.id, a.fundID, a.personID, a.email, SearchKey.normalise(a.email), a.passwordHash, a.secondFactor.rawValue,
         a.totpSecretSealed, a.totpLastStep, a.status.rawValue, a.createdAt.microseconds,
         a.passwordChangedAt.microseconds, a.lastSignInAt?.microseconds]
    }

    static func decode(_ row: any SQLRow) throws -> PortalAccount {
        PortalAccount(id: try row.int64("id"), fundID: try row.int64("fund_id"), personID: try row.int64("person_id"),
                      email: try row.string("email"), passwordHash: try row.string("password_hash"),
                      secondFactor: try row.code("second_factor", as: SecondFactor.self),
                      totpSecretSealed: try row.optionalString("totp_secret_sealed"),
                      totpLastStep: try row.optionalInt64("totp_last_step"),
                      status: try row.code("status", as: PortalAccountStatus.self),
                      createdAt: try row.timestamp("created_at_us"),
                      passwordChangedAt: try row.timestamp("password_changed_at_us"),
                      lastSignInAt: try row.optionalTimestamp("last_sign_in_at_us"))
    }

    /// What the audit trail keeps of an account (AUDIT-1): never the password hash, the TOTP secret or the
    /// recovery codes, only whether a TOTP secret is set.
    static func auditFields(_ a: PortalAccount) -> AuditFields {
        var fields = AuditFields()
        fields.add("person_id", number: a.personID)
        fields.add("email", a.email)
        fields.add("second_factor", a.secondFactor.rawValue)
        fields.add("totp", TOTPStep.auditState(a.totpSecretSealed))
        fields.add("status", a.status.rawValue)
        return fields
    }

    /// Appends one audit entry about `account`.
    static func audit(_ account: PortalAccount, action: String, before: String?, after: String?, actor: Actor,
                      at: Timestamp, on db: any SQLDatabase) async throws {
        try await AuditWriter.append([PendingAudit(fundID: account.fundID, entity: "portal_account",
                                                   entityID: account.id, action: action, before: before,
                                                   after: after)],
                                     actor: actor, at: at, on: db)
    }
}
