import SQLKit

/// ``PortalSessionRepository`` over SQLKit. Starting a session and ending the oldest ones over the limit happen
/// in one transaction, so two sign-ins at once cannot both squeeze under it.
struct SQLPortalSessionRepository: PortalSessionRepository {
    let database: Database

    static let table = "portal_sessions"
    static let columns = ["id", "fund_id", "account_id", "device", "created_at_us", "last_seen_at_us", "ended_at_us",
                          "end_reason"]

    func start(_ session: PortalSessionRecord, limit: Int, liveSince window: PortalSessionWindow) async throws -> Int {
        try await database.transaction { db in
            let live = try await Self.live(accountID: session.accountID, window: window, on: db)
            let surplus = live.count - max(limit, 1) + 1
            var ended = 0
            for old in live.suffix(max(surplus, 0)) {
                ended += try await Self.end(id: old.id, accountID: session.accountID, reason: .limit,
                                            at: session.createdAt, on: db) ? 1 : 0
            }
            try await db.insert(into: Self.table).columns(Self.columns).values(
                SQLBind(session.id), SQLBind(session.fundID), SQLBind(session.accountID), SQLBind(session.device),
                SQLBind(session.createdAt.microseconds), SQLBind(session.lastSeenAt.microseconds), SQLLiteral.null,
                SQLLiteral.null).run()
            return ended
        }
    }

    func get(id: String, accountID: Int64) async throws -> PortalSessionRecord? {
        try await database.sql.select().columns(Self.columns.map { SQLColumn($0) }).from(Self.table)
            .where("id", .equal, id).where("account_id", .equal, accountID).first().map(Self.decode)
    }

    func touch(id: String, at: Timestamp) async throws {
        try await database.sql.update(Self.table).set("last_seen_at_us", to: at.microseconds)
            .where("id", .equal, id).where("ended_at_us", .is, SQLLiteral.null).run()
    }

    func live(accountID: Int64, window: PortalSessionWindow) async throws -> [PortalSessionRecord] {
        try await Self.live(accountID: accountID, window: window, on: database.sql)
    }

    func end(id: String, accountID: Int64, reason: PortalSessionEnd, at: Timestamp) async throws -> Bool {
        try await Self.end(id: id, accountID: accountID, reason: reason, at: at, on: database.sql)
    }

    func endAll(accountID: Int64, keeping: String?, reason: PortalSessionEnd, at: Timestamp) async throws -> Int {
        var update = database.sql.update(Self.table).set("ended_at_us", to: at.microseconds)
            .set("end_reason", to: reason.rawValue)
            .where("account_id", .equal, accountID).where("ended_at_us", .is, SQLLiteral.null)
        if let keeping { update = update.where("id", .notEqual, keeping) }
        return try await update.returning("id").all().count
    }

    static func live(accountID: Int64, window: PortalSessionWindow,
                     on db: any SQLDatabase) async throws -> [PortalSessionRecord] {
        try await db.select().columns(columns.map { SQLColumn($0) }).from(table)
            .where("account_id", .equal, accountID).where("ended_at_us", .is, SQLLiteral.null)
            .where("last_seen_at_us", .greaterThanOrEqual, window.usedSince.microseconds)
            .where("created_at_us", .greaterThanOrEqual, window.begunSince.microseconds)
            .orderBy("last_seen_at_us", .descending).orderBy("id").all().map(decode)
    }

    static func end(id: String, accountID: Int64, reason: PortalSessionEnd, at: Timestamp,
                    on db: any SQLDatabase) async throws -> Bool {
        try await !db.update(table).set("ended_at_us", to: at.microseconds).set("end_reason", to: reason.rawValue)
            .where("id", .equal, id).where("account_id", .equal, accountID).where("ended_at_us", .is, SQLLiteral.null)
            .returning("id").all().isEmpty
    }

    static func decode(_ row: any SQLRow) throws -> PortalSessionRecord {
        PortalSessionRecord(id: try row.string("id"), fundID: try row.int64("fund_id"),
                            accountID: try row.int64("account_id"), device: try row.string("device"),
                            createdAt: try row.timestamp("created_at_us"),
                            lastSeenAt: try row.timestamp("last_seen_at_us"),
                            endedAt: try row.optionalTimestamp("ended_at_us"),
                            endReason: try row.optionalString("end_reason").flatMap(PortalSessionEnd.init(rawValue:)))
    }
}
