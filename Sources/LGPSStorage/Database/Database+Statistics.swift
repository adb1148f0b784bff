import SQLKit

extension Database {
    /// Refreshes the query planner's statistics after a bulk load (`ANALYZE`, a few seconds at 500,000
    /// members). A whole-table analysis, not a sample: a sample of an index that starts with NULLs (people without
    /// an NI number) made SQLite think an NI number matched a thousand people and scan the fund by name instead.
    public func refreshStatistics() async throws {
        try await sql.execute(sql: SQLRaw("ANALYZE")) { _ in }
    }
}
