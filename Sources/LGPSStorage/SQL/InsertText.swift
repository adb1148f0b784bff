import NIOConcurrencyHelpers

/// The text of multi-row INSERTs, kept once written: a bulk load repeats the same few shapes (table, row count,
/// dialect) thousands of times.
final class InsertText: Sendable {
    static let shared = InsertText()

    private struct Shape: Hashable {
        let table: String
        let columns: [String]
        let rows: Int
        let dialect: DatabaseDialect
    }

    private let cache = NIOLockedValueBox([Shape: String]())
    /// Shapes kept at most; a full cache is emptied (the shapes in use are written again on next use).
    private static let capacity = 256

    /// `INSERT INTO "table" ("a", "b") VALUES (?, ?), ...` for `rows` rows of `insert`.
    func text(for insert: InsertRows, rows: Int, dialect: DatabaseDialect) -> String {
        let shape = Shape(table: insert.table, columns: insert.columns, rows: rows, dialect: dialect)
        if let text = cache.withLockedValue({ $0[shape] }) { return text }
        let text = Self.write(shape)
        cache.withLockedValue { cache in
            if cache.count >= Self.capacity { cache.removeAll() }
            cache[shape] = text
        }
        return text
    }

    private static func write(_ shape: Shape) -> String {
        let quoted = shape.columns.map { "\"\($0)\"" }.joined(separator: ", ")
        var sql = "INSERT INTO \"\(shape.table)\" (\(quoted)) VALUES "
        sql.reserveCapacity(sql.utf8.count + shape.rows * shape.columns.count * 8)
        var bind = 0
        for row in 0..<shape.rows {
            sql += row == 0 ? "(" : ", ("
            for column in 0..<shape.columns.count {
                bind += 1
                if column > 0 { sql += ", " }
                sql += shape.dialect == .postgres ? "$\(bind)" : "?"
            }
            sql += ")"
        }
        return sql
    }
}
