import SQLKit

/// ``ActivationKeyRepository`` over SQLKit: keys are stored as hashes, single use, expiring and revocable (AUTH-9).
struct SQLActivationKeyRepository: ActivationKeyRepository {
    let database: Database

    static let table = "activation_keys"
    static let columns = ["id", "fund_id", "person_id", "mailing_id", "key_hash", "expires_at_us", "created_at_us",
                          "used_at_us", "revoked_at_us"]

    func createKey(fundID: Int64, personID: Int64, keyHash: String, expiresAt: Timestamp, at: Timestamp,
                   actor: Actor) async throws -> ActivationKeyRecord {
        try await database.transaction { db in
            guard try await db.select().column("id").from("people").where("fund_id", .equal, fundID)
                .where("id", .equal, personID).first() != nil else { throw StorageError.notFound }
            let revoked = try await db.update(Self.table).set("revoked_at_us", to: at.microseconds)
                .where("fund_id", .equal, fundID).where("person_id", .equal, personID)
                .where("used_at_us", .is, SQLLiteral.null).where("revoked_at_us", .is, SQLLiteral.null)
                .returning("id").all()
            let key = ActivationKeyRecord(id: try await IDAllocator.next(.activationKey, on: db), fundID: fundID,
                                          personID: personID, mailingID: nil, keyHash: keyHash, expiresAt: expiresAt,
                                          createdAt: at)
            var rows = InsertRows(table: Self.table, columns: Self.columns)
            rows.append(Self.values(key))
            try await UniqueViolation.mapped(to: "activation key") { try await rows.run(on: db) }
            var after = AuditFields()
            after.add("person_id", number: personID)
            after.add("expires_at_us", number: expiresAt.microseconds)
            after.add("revoked_earlier_keys", number: Int64(revoked.count))
            try await AuditWriter.append([PendingAudit(fundID: fundID, entity: "activation_key", entityID: key.id,
                                                       action: "create", before: nil, after: after.json)],
                                         actor: actor, at: at, on: db)
            return key
        }
    }

    func find(keyHash: String) async throws -> ActivationKeyRecord? {
        try await database.sql.select().columns(Self.columns).from(Self.table).where("key_hash", .equal, keyHash)
            .first().map(Self.decode)
    }

    static func values(_ k: ActivationKeyRecord) -> [any SQLCellConvertible] {
        [k.id, k.fundID, k.personID, k.mailingID, k.keyHash, k.expiresAt.microseconds, k.createdAt.microseconds,
         k.usedAt?.microseconds, k.revokedAt?.microseconds]
    }

    static func decode(_ row: any SQLRow) throws -> ActivationKeyRecord {
        ActivationKeyRecord(id: try row.int64("id"), fundID: try row.int64("fund_id"),
                            personID: try row.int64("person_id"), mailingID: try row.optionalInt64("mailing_id"),
                            keyHash: try row.string("key_hash"), expiresAt: try row.timestamp("expires_at_us"),
                            createdAt: try row.timestamp("created_at_us"),
                            usedAt: try row.optionalTimestamp("used_at_us"),
                            revokedAt: try row.optionalTimestamp("revoked_at_us"))
    }
}
