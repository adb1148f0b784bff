import SQLKit

/// Rows for one table, written with multi-row INSERTs chunked under the dialect's bind limit. Values are held
/// flat as ``SQLCell``s and the statement text is written once per chunk, not built expression by expression.
struct InsertRows {
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
        guard !cells.isEmpty else { return }
        let dialect: DatabaseDialect = database.isPostgres ? .postgres : .sqlite
        let perStatement = max(1, dialect.maximumBinds / columns.count)
        var start = 0
        while start < count {
            let rows = min(perStatement, count - start)
            let slice = cells[(start * columns.count)..<((start + rows) * columns.count)]
            let statement = BulkInsertStatement(sql: text(rows: rows, dialect: dialect), cells: slice)
            try await database.execute(sql: statement) { _ in }
            start += rows
        }
    }

    /// `INSERT INTO "table" ("a", "b") VALUES (?, ?), ...` for `rows` rows, with the dialect's placeholders.
    func text(rows: Int, dialect: DatabaseDialect) -> String {
        let quoted = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        var sql = "INSERT INTO \"\(table)\" (\(quoted)) VALUES "
        sql.reserveCapacity(sql.utf8.count + rows * columns.count * 8)
        var bind = 0
        for row in 0..<rows {
            sql += row == 0 ? "(" : ", ("
            for column in 0..<columns.count {
                bind += 1
                if column > 0 { sql += ", " }
                sql += dialect == .postgres ? "$\(bind)" : "?"
            }
            sql += ")"
        }
        return sql
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
