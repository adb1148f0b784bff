import SQLKit

/// The hash-chained audit log and its single-row head (last sequence and hash), which serialises appends.
struct Migration009_AuditLog: Migration {
    let number = 9
    let name = "audit log"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "audit_log")
            .column("sequence", type: .bigint, .primaryKey(autoIncrement: false))
            .bigint("fund_id").bigint("at_us").text("actor_id").text("channel")
            .text("entity").bigint("entity_id").text("action")
            .text("before_json", nullable: true).text("after_json", nullable: true)
            .text("previous_hash").text("hash")
            .run()
        try await database.createIndex("audit_entity", on: "audit_log", "fund_id", "entity", "entity_id", "sequence")
        try await database.create(table: "audit_head")
            .column("id", type: .bigint, .primaryKey(autoIncrement: false))
            .bigint("last_sequence").text("last_hash")
            .run()
        try await database.insert(into: "audit_head").columns("id", "last_sequence", "last_hash")
            .values(Int64(1), Int64(0), AuditHash.genesis).run()
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("audit_head", "audit_log")
    }
}
