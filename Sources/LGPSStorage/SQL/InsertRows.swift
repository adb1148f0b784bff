import NIOConcurrencyHelpers
import SQLiteKit

/// Rows for one table, written with multi-row INSERTs chunked under the dialect's bind limit. Values are held
/// flat as ``SQLCell``s and the statement text is written once per chunk, not built expression by expression.
struct InsertRows: Sendable {
    let table: String
    let columns: [String]
    private(set) var cells: [SQLCell] = []

    init(table: String, columns: [String]) {
        self.table = table
        self.columns = columns
    }

    /// Adds one row; `values` must match `columns` in order and count.
    mutating func append(_ values: [any SQLCellConvertible]) {
        assert(values.count == columns.count, "\(table): \(values.count) values for \(columns.count) columns")
        for value in values { cells.append(value.sqlCell) }
    }

    /// Rows added so far.
    var count: Int { cells.count / columns.count }

    var isEmpty: Bool { cells.isEmpty }

    /// Inserts every row in as few statements as the bind limit allows.
    func run(on database: any SQLDatabase) async throws {
        try await run(dialect: database.isPostgres ? .postgres : .sqlite) { sql, cells in
            try await database.execute(sql: BulkInsertStatement(sql: sql, cells: cells)) { _ in }
        }
    }

    /// Inserts every row through `session`: straight onto the connection on SQLite, through SQLKit otherwise.
    func run(on session: BulkSession) async throws {
        guard let connection = session.sqlite else { return try await run(on: session.sql) }
        try await run(dialect: .sqlite) { sql, cells in try await connection.query(sql, cells.map(\.data)) { _ in } }
    }

    private func run(dialect: DatabaseDialect,
                     statement: (String, ArraySlice<SQLCell>) async throws -> Void) async throws {
        guard !cells.isEmpty else { return }
        let perStatement = max(1, dialect.maximumBinds / columns.count)
        var start = 0
        while start < count {
            let rows = min(perStatement, count - start)
            let slice = cells[(start * columns.count)..<((start + rows) * columns.count)]
            try await statement(InsertText.shared.text(for: self, rows: rows, dialect: dialect), slice)
            start += rows
        }
    }

}

/// Prepared INSERT text with its values, handed to SQLKit as one expression.
struct BulkInsertStatement: SQLExpression {
    let sql: String
    let cells: ArraySlice<SQLCell>

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write(sql)
        serializer.binds.reserveCapacity(serializer.binds.count + cells.count)
        for cell in cells { serializer.binds.append(cell) }
    }
}
