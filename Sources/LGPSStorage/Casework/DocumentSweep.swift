import SQLKit

/// Cleans the document store of files no row refers to (see ``DocumentStore/sweep(known:writtenBefore:)``): run
/// when the server starts and by `lgps documents sweep`.
public enum DocumentSweep {
    /// Files younger than this are left alone, in case their upload is still being committed: 1 hour.
    public static let graceSeconds: Int64 = 3_600
    /// Every table holding keys into the document store.
    static let tables = ["member_documents", "payroll_documents"]

    /// Every storage key the database refers to, in all funds.
    public static func knownKeys(_ database: Database) async throws -> Set<String> {
        var keys = Set<String>()
        for table in tables {
            for row in try await database.sql.select().column("storage_key").from(table).all() {
                keys.insert(try row.string("storage_key"))
            }
        }
        return keys
    }

    /// Removes the orphans written more than `graceSeconds` before `now`; returns their names.
    public static func run(_ database: Database, store: DocumentStore, now: Timestamp,
                           graceSeconds: Int64 = graceSeconds) async throws -> [String] {
        let known = try await knownKeys(database)
        return try store.sweep(known: known, writtenBefore: Timestamp(microseconds: now.microseconds - graceSeconds * 1_000_000))
    }
}
