import SQLiteKit

/// One transaction's connection for bulk writes: SQLKit for ordinary statements and, on SQLite, the connection
/// itself, so multi-row INSERTs bind ``SQLCell``s directly instead of through SQLKit's per-value encoder.
struct BulkSession: Sendable {
    let sql: any SQLDatabase
    let sqlite: SQLiteConnection?
}

extension Database {
    /// Runs `body` in one transaction like ``transaction(_:)``, with a ``BulkSession`` over its connection.
    func bulkTransaction<R: Sendable>(_ body: @escaping @Sendable (BulkSession) async throws -> R) async throws -> R {
        guard let pool = sqlitePool else {
            return try await transaction { db in try await body(BulkSession(sql: db, sqlite: nil)) }
        }
        let gate = writeGate ?? WriteGate()
        return try await gate.run { try await self.bulkSQLite(pool: pool, body) }
    }

    private func bulkSQLite<R: Sendable>(pool: SQLitePoolDatabase,
                                         _ body: @escaping @Sendable (BulkSession) async throws -> R) async throws -> R {
        try await pool.withConnection { connection in
            let session = BulkSession(sql: connection.sql(queryLogLevel: nil), sqlite: connection)
            try await connection.query("BEGIN IMMEDIATE", []) { _ in }
            do {
                let result = try await body(session)
                try await connection.query("COMMIT", []) { _ in }
                return result
            } catch {
                try? await connection.query("ROLLBACK", []) { _ in }
                throw error
            }
        }
    }
}
