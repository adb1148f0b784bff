import SQLiteNIO

/// One value in a bulk INSERT: an integer, text or NULL. Converting once, when the row is added, spares the
/// drivers a dynamic cast and a nested encoder per value (sqlite-kit encodes `Optional` through one).
enum SQLCell: Encodable, Sendable, Equatable, SQLiteDataConvertible {
    case integer(Int64)
    case text(String)
    case null

    init?(sqliteData: SQLiteData) {
        switch sqliteData {
        case .integer(let value): self = .integer(Int64(value))
        case .text(let value): self = .text(value)
        case .null: self = .null
        default: return nil
        }
    }

    var sqliteData: SQLiteData? { data }

    /// The value as sqlite-nio binds it.
    var data: SQLiteData {
        switch self {
        case .integer(let value): .integer(Int(value))
        case .text(let value): .text(value)
        case .null: .null
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}

/// A Swift value that can be stored as an ``SQLCell``.
protocol SQLCellConvertible {
    var sqlCell: SQLCell { get }
}

extension Int64: SQLCellConvertible {
    var sqlCell: SQLCell { .integer(self) }
}

extension Int: SQLCellConvertible {
    var sqlCell: SQLCell { .integer(Int64(self)) }
}

extension String: SQLCellConvertible {
    var sqlCell: SQLCell { .text(self) }
}

extension Optional: SQLCellConvertible where Wrapped: SQLCellConvertible {
    var sqlCell: SQLCell {
        switch self {
        case .some(let value): value.sqlCell
        case .none: .null
        }
    }
}
