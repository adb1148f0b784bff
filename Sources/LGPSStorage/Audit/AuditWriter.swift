import SQLKit

/// An audit entry waiting for its place in the chain.
struct PendingAudit: Sendable {
    var fundID: Int64
    var entity: String
    var entityID: Int64
    var action: String
    var before: String?
    var after: String?
}

/// Appends entries to the hash-chained audit log inside the caller's transaction. The head row is updated first
/// so that PostgreSQL takes its row lock before reading it; on SQLite `BEGIN IMMEDIATE` already serialises.
enum AuditWriter {
    static let columns = ["sequence", "fund_id", "at_us", "actor_id", "channel", "entity", "entity_id", "action",
                          "before_json", "after_json", "previous_hash", "hash"]

    static func append(_ entries: [PendingAudit], actor: Actor, at: Timestamp, on database: any SQLDatabase,
                       session: BulkSession? = nil) async throws {
        guard !entries.isEmpty else { return }
        try await database.update("audit_head")
            .set(SQLIdentifier("last_sequence"), to: SQLIdentifier("last_sequence"))
            .where("id", .equal, Int64(1)).run()
        guard let head = try await database.select().columns("last_sequence", "last_hash").from("audit_head")
            .where("id", .equal, Int64(1)).first() else { throw StorageError.migration("audit_head is missing") }
        var sequence = try head.int64("last_sequence")
        var previous = try head.string("last_hash")
        var rows = InsertRows(table: "audit_log", columns: columns)
        let channel = actor.channel.rawValue
        for entry in entries {
            sequence += 1
            let hash = AuditHash.hex(AuditHash.canonical(
                sequence: sequence, fundID: entry.fundID, at: at.microseconds, actorID: actor.id, channel: channel,
                entity: entry.entity, entityID: entry.entityID, action: entry.action, before: entry.before,
                after: entry.after, previousHash: previous))
            rows.append([sequence, entry.fundID, at.microseconds, actor.id, channel, entry.entity, entry.entityID,
                         entry.action, entry.before, entry.after, previous, hash])
            previous = hash
        }
        if let session { try await rows.run(on: session) } else { try await rows.run(on: database) }
        try await database.update("audit_head")
            .set("last_sequence", to: sequence).set("last_hash", to: previous)
            .where("id", .equal, Int64(1)).run()
    }
}
