import SQLKit

/// The member portal's sessions as the member sees them (SESS-5: list and end them; SESS-7: a limit on how many
/// run at once). The session itself stays in the key/value store; this row says which browser it is, when it
/// began and was last used, and whether it was ended from elsewhere.
struct Migration018_PortalSessions: Migration {
    let number = 18
    let name = "portal sessions"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "portal_sessions")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .fundColumn()
            .column("account_id", type: .bigint, .notNull, .references("portal_accounts", "id"))
            .text("device")
            .bigint("created_at_us")
            .bigint("last_seen_at_us")
            .bigint("ended_at_us", nullable: true)
            .text("end_reason", nullable: true)
            .run()
        try await database.createIndex("portal_sessions_account", on: "portal_sessions", "account_id", "ended_at_us")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("portal_sessions")
    }
}
