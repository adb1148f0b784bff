import SQLKit

/// Allocates application ids from `id_sequences` inside the caller's transaction. The UPDATE takes the row
/// lock on PostgreSQL; SQLite's `BEGIN IMMEDIATE` already serialises writers.
enum IDAllocator {
    /// Reserves `count` consecutive ids; returns the first.
    static func reserve(_ sequence: IDSequence, count: Int, on database: any SQLDatabase) async throws -> Int64 {
        guard count > 0 else { throw StorageError.invalid("Reserve at least one id") }
        let rows = try await database.update("id_sequences")
            .set(SQLIdentifier("next_id"),
                 to: SQLBinaryExpression(SQLIdentifier("next_id"), .add, SQLBind(Int64(count))))
            .where("name", .equal, sequence.rawValue)
            .returning("next_id")
            .all()
        guard let row = rows.first else { throw StorageError.migration("No id sequence for \(sequence.rawValue)") }
        return try row.int64("next_id") - Int64(count)
    }

    /// Reserves one id.
    static func next(_ sequence: IDSequence, on database: any SQLDatabase) async throws -> Int64 {
        try await reserve(sequence, count: 1, on: database)
    }
}
