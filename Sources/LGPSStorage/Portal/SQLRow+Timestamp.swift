import SQLKit

/// Reading `*_at_us` columns (Int64 microseconds) as ``Timestamp``s.
extension SQLRow {
    func timestamp(_ column: String) throws -> Timestamp { Timestamp(microseconds: try int64(column)) }

    func optionalTimestamp(_ column: String) throws -> Timestamp? {
        try optionalInt64(column).map(Timestamp.init(microseconds:))
    }
}
