import SQLKit

extension Database {
    /// Rows SQLite samples per index when gathering statistics: enough for the planner to see that `fund_id`
    /// alone is not selective, quick on a fund of 500,000 members.
    static let statisticsSampleRows = 1_000

    /// Refreshes the query planner's statistics after a bulk load (`ANALYZE`; on SQLite with a sample limit).
    public func refreshStatistics() async throws {
        if dialect == .sqlite {
            try await sql.withSession { session in
                try await session.execute(sql: SQLRaw("PRAGMA analysis_limit = \(Self.statisticsSampleRows)")) { _ in }
                try await session.execute(sql: SQLRaw("ANALYZE")) { _ in }
            }
        } else {
            try await sql.execute(sql: SQLRaw("ANALYZE")) { _ in }
        }
    }
}
