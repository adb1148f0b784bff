import LGPSRules
import SQLKit

/// Typed column reads that name the column in the error when stored data is malformed.
extension SQLRow {
    func string(_ column: String) throws -> String { try decode(column: column, as: String.self) }

    func optionalString(_ column: String) throws -> String? {
        try decodeNil(column: column) ? nil : decode(column: column, as: String.self)
    }

    func int64(_ column: String) throws -> Int64 { try decode(column: column, as: Int64.self) }

    func optionalInt64(_ column: String) throws -> Int64? {
        try decodeNil(column: column) ? nil : decode(column: column, as: Int64.self)
    }

    func money(_ column: String) throws -> Money { Money(pence: try int64(column)) }

    func date(_ column: String) throws -> CalendarDate {
        let text = try string(column)
        guard let date = CalendarDate(text) else { throw StorageError.invalid("\(column) holds '\(text)', not a date") }
        return date
    }

    func optionalDate(_ column: String) throws -> CalendarDate? {
        guard let text = try optionalString(column) else { return nil }
        guard let date = CalendarDate(text) else { throw StorageError.invalid("\(column) holds '\(text)', not a date") }
        return date
    }

    func code<Code: RawRepresentable>(_ column: String, as type: Code.Type) throws -> Code where Code.RawValue == String {
        let text = try string(column)
        guard let value = Code(rawValue: text) else { throw StorageError.invalid("\(column) holds unknown code '\(text)'") }
        return value
    }

    func optionalCode<Code: RawRepresentable>(_ column: String, as type: Code.Type) throws -> Code?
    where Code.RawValue == String {
        try optionalString(column) == nil ? nil : code(column, as: type)
    }
}
