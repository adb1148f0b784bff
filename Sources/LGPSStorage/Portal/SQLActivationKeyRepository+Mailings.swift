import SQLKit

/// Activation mailings: many keys in one transaction, and their keys counted by state.
extension SQLActivationKeyRepository {
    static let mailingColumns = ["id", "fund_id", "description", "status_filter", "expires_at_us", "created_at_us",
                                 "created_by", "key_count"]

    func createMailing(fundID: Int64, description: String, statusFilter: String?, expiresAt: Timestamp,
                       keys: [(personID: Int64, keyHash: String)], at: Timestamp, actor: Actor) async throws
        -> ActivationMailing {
        guard Set(keys.map(\.personID)).count == keys.count else {
            throw StorageError.invalid("A mailing holds one key per person")
        }
        return try await database.bulkTransaction { session in
            let db = session.sql
            let mailing = ActivationMailing(
                id: try await IDAllocator.next(.activationMailing, on: db), fundID: fundID, description: description,
                statusFilter: statusFilter, expiresAt: expiresAt, createdAt: at, createdBy: actor.id,
                keyCount: keys.count, unusedLive: at < expiresAt ? keys.count : 0,
                expired: at < expiresAt ? 0 : keys.count)
            var mailings = InsertRows(table: "activation_mailings", columns: Self.mailingColumns)
            mailings.append([mailing.id, fundID, description, statusFilter, expiresAt.microseconds, at.microseconds,
                             actor.id, Int64(keys.count)])
            try await mailings.run(on: session)
            if !keys.isEmpty {
                var id = try await IDAllocator.reserve(.activationKey, count: keys.count, on: db)
                var rows = InsertRows(table: Self.table, columns: Self.columns)
                for key in keys {
                    rows.append(Self.values(ActivationKeyRecord(
                        id: id, fundID: fundID, personID: key.personID, mailingID: mailing.id, keyHash: key.keyHash,
                        expiresAt: expiresAt, createdAt: at)))
                    id += 1
                }
                try await UniqueViolation.mapped(to: "activation key") { try await rows.run(on: session) }
                guard try await Self.keysOfPeopleInFund(mailingID: mailing.id, fundID: fundID, on: db) == keys.count
                else { throw StorageError.notFound }
            }
            var after = AuditFields()
            after.add("description", description)
            after.add("status_filter", statusFilter)
            after.add("expires_at_us", number: expiresAt.microseconds)
            after.add("key_count", number: Int64(keys.count))
            try await AuditWriter.append([PendingAudit(fundID: fundID, entity: "activation_mailing",
                                                       entityID: mailing.id, action: "create", before: nil,
                                                       after: after.json)],
                                         actor: actor, at: at, on: db)
            return mailing
        }
    }

    /// How many of the mailing's keys belong to people of the fund (the foreign key alone would let a person of
    /// another fund through).
    static func keysOfPeopleInFund(mailingID: Int64, fundID: Int64, on db: any SQLDatabase) async throws -> Int {
        let row = try await db.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLIdentifier(table), as: SQLIdentifier("k")))
            .join(SQLAlias(SQLIdentifier("people"), as: SQLIdentifier("p")),
                  on: SQLRaw("p.id = k.person_id AND p.fund_id = k.fund_id"))
            .where(SQLColumn("fund_id", table: "k"), .equal, SQLBind(fundID))
            .where(SQLColumn("mailing_id", table: "k"), .equal, SQLBind(mailingID))
            .first()
        return Int(try row?.int64("n") ?? 0)
    }

    func mailings(fundID: Int64, at: Timestamp) async throws -> [ActivationMailing] {
        let settled = try await database.sql.select().column("mailing_id")
            .column(SQLFunction("count", args: SQLIdentifier("used_at_us")), as: "used")
            .column(SQLFunction("count", args: SQLIdentifier("revoked_at_us")), as: "revoked")
            .from(Self.table).where("fund_id", .equal, fundID).where("mailing_id", .isNot, SQLLiteral.null)
            .groupBy("mailing_id").all()
        let live = try await database.sql.select().column("mailing_id")
            .column(SQLFunction("count", args: SQLLiteral.all), as: "live")
            .from(Self.table).where("fund_id", .equal, fundID).where("mailing_id", .isNot, SQLLiteral.null)
            .where("used_at_us", .is, SQLLiteral.null).where("revoked_at_us", .is, SQLLiteral.null)
            .where("expires_at_us", .greaterThan, at.microseconds)
            .groupBy("mailing_id").all()
        var used: [Int64: (used: Int, revoked: Int)] = [:]
        for row in settled {
            used[try row.int64("mailing_id")] = (Int(try row.int64("used")), Int(try row.int64("revoked")))
        }
        let liveByMailing = Dictionary(uniqueKeysWithValues: try live.map {
            (try $0.int64("mailing_id"), Int(try $0.int64("live")))
        })
        return try await database.sql.select().columns(Self.mailingColumns).from("activation_mailings")
            .where("fund_id", .equal, fundID).orderBy("id", .descending).all().map { row in
                var mailing = try Self.decodeMailing(row)
                mailing.used = used[mailing.id]?.used ?? 0
                mailing.revoked = used[mailing.id]?.revoked ?? 0
                mailing.unusedLive = liveByMailing[mailing.id] ?? 0
                mailing.expired = mailing.keyCount - mailing.used - mailing.revoked - mailing.unusedLive
                return mailing
            }
    }

    static func decodeMailing(_ row: any SQLRow) throws -> ActivationMailing {
        ActivationMailing(id: try row.int64("id"), fundID: try row.int64("fund_id"),
                          description: try row.string("description"),
                          statusFilter: try row.optionalString("status_filter"),
                          expiresAt: try row.timestamp("expires_at_us"), createdAt: try row.timestamp("created_at_us"),
                          createdBy: try row.string("created_by"), keyCount: Int(try row.int64("key_count")))
    }
}
