import SQLKit

/// Rows for one table, written with multi-row INSERTs chunked under the dialect's bind limit.
struct InsertRows {
    let table: String
    let columns: [String]
    private(set) var rows: [[any Encodable & Sendable]] = []

    init(table: String, columns: [String]) {
        self.table = table
        self.columns = columns
    }

    /// Adds one row; `values` must match `columns` in order and count.
    mutating func append(_ values: [any Encodable & Sendable]) {
        assert(values.count == columns.count, "\(table): \(values.count) values for \(columns.count) columns")
        rows.append(values)
    }

    var isEmpty: Bool { rows.isEmpty }

    /// Inserts every row in as few statements as the bind limit allows.
    func run(on database: any SQLDatabase) async throws {
        guard !rows.isEmpty else { return }
        let limit = database.isPostgres ? DatabaseDialect.postgres.maximumBinds : DatabaseDialect.sqlite.maximumBinds
        let perStatement = max(1, limit / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + perStatement)
            var builder = database.insert(into: table).columns(columns)
            for index in start..<end { builder = builder.values(rows[index]) }
            try await builder.run()
            start = end
        }
    }
}
