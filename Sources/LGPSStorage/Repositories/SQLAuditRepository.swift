import LGPSRules
import SQLKit

/// Reads and verifies the hash-chained audit trail.
struct SQLAuditRepository: AuditRepository {
    let database: Database
    /// Entries read per page while verifying, so memory stays bounded on millions of rows.
    static let verifyPageSize = 5_000

    func history(fundID: Int64, entity: String, entityID: Int64, limit: Int) async throws -> [AuditEntry] {
        try await database.sql.select().columns(AuditWriter.columns).from("audit_log")
            .where("fund_id", .equal, fundID).where("entity", .equal, entity).where("entity_id", .equal, entityID)
            .orderBy("sequence", .descending).limit(max(1, limit)).all().map(Self.decode)
    }

    func verify() async throws -> AuditVerification {
        var checked: Int64 = 0
        var expectedSequence: Int64 = 1
        var previous = AuditHash.genesis
        while true {
            let page = try await database.sql.select().columns(AuditWriter.columns).from("audit_log")
                .where("sequence", .greaterThanOrEqual, expectedSequence)
                .orderBy("sequence").limit(Self.verifyPageSize).all()
            for row in page {
                checked += 1
                guard let entry = try? Self.decode(row), entry.sequence == expectedSequence, entry.previousHash == previous,
                      AuditHash.hash(of: entry) == entry.hash else {
                    return AuditVerification(entriesChecked: checked, firstBrokenSequence: expectedSequence)
                }
                previous = entry.hash
                expectedSequence += 1
            }
            if page.count < Self.verifyPageSize { break }
        }
        // Entries cut from the end show up as a head that runs ahead of the log.
        if let head = try await database.sql.select().columns("last_sequence", "last_hash").from("audit_head")
            .where("id", .equal, Int64(1)).first(),
           try head.int64("last_sequence") != expectedSequence - 1 || (try head.string("last_hash")) != previous {
            return AuditVerification(entriesChecked: checked, firstBrokenSequence: expectedSequence)
        }
        return AuditVerification(entriesChecked: checked, firstBrokenSequence: nil)
    }

    static func decode(_ row: any SQLRow) throws -> AuditEntry {
        AuditEntry(sequence: try row.int64("sequence"), fundID: try row.int64("fund_id"),
                   at: Timestamp(microseconds: try row.int64("at_us")),
                   actor: Actor(id: try row.string("actor_id"), channel: try row.code("channel", as: Channel.self)),
                   entity: try row.string("entity"), entityID: try row.int64("entity_id"),
                   action: try row.string("action"), before: try row.optionalString("before_json"),
                   after: try row.optionalString("after_json"), previousHash: try row.string("previous_hash"),
                   hash: try row.string("hash"))
    }
}
