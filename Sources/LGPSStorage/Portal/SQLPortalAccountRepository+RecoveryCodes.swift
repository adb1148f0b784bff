import SQLKit

/// Recovery codes, stored as hashes only and each usable once (AUTH-13).
extension SQLPortalAccountRepository {
    static let codesTable = "portal_recovery_codes"
    static let codeColumns = ["account_id", "code_hash", "used_at_us"]

    /// One compare-and-set UPDATE (like ``TOTPStep/use(table:id:step:on:)``): two concurrent uses of one code
    /// consume it once.
    func consumeRecoveryCode(accountID: Int64, codeHash: String, at: Timestamp) async throws -> Bool {
        let rows = try await database.sql.update(Self.codesTable).set("used_at_us", to: at.microseconds)
            .where("account_id", .equal, accountID).where("code_hash", .equal, codeHash)
            .where("used_at_us", .is, SQLLiteral.null)
            .returning("account_id").all()
        return !rows.isEmpty
    }

    func replaceRecoveryCodes(accountID: Int64, codeHashes: [String], actor: Actor) async throws {
        guard Set(codeHashes).count == codeHashes.count else {
            throw StorageError.invalid("Recovery codes must all differ")
        }
        let at = database.clock.now()
        try await database.transaction { db in
            let account = try await Self.existing(id: accountID, on: db)
            let before = try await Self.unusedCount(accountID: accountID, on: db)
            try await db.delete(from: Self.codesTable).where("account_id", .equal, accountID).run()
            try await Self.insertRecoveryCodes(codeHashes, accountID: accountID, on: db)
            var old = AuditFields(), new = AuditFields()
            old.add("unused_recovery_codes", number: Int64(before))
            new.add("unused_recovery_codes", number: Int64(codeHashes.count))
            try await Self.audit(account, action: "recovery_codes", before: old.json, after: new.json, actor: actor,
                                 at: at, on: db)
        }
    }

    func unusedRecoveryCodeCount(accountID: Int64) async throws -> Int {
        try await Self.unusedCount(accountID: accountID, on: database.sql)
    }

    static func unusedCount(accountID: Int64, on db: any SQLDatabase) async throws -> Int {
        let row = try await db.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n")
            .from(codesTable).where("account_id", .equal, accountID).where("used_at_us", .is, SQLLiteral.null)
            .first()
        return Int(try row?.int64("n") ?? 0)
    }

    static func insertRecoveryCodes(_ hashes: [String], accountID: Int64, on db: any SQLDatabase) async throws {
        var rows = InsertRows(table: codesTable, columns: codeColumns)
        for hash in hashes { rows.append([accountID, hash, Int64?.none]) }
        try await rows.run(on: db)
    }
}
