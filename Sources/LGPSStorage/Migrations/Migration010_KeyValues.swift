import SQLKit

/// Expiring key/value entries (server-side sessions).
struct Migration010_KeyValues: Migration {
    let number = 10
    let name = "key values"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "key_values")
            .column("key", type: .text, .primaryKey(autoIncrement: false))
            .column("value", type: .blob, .notNull)
            .bigint("expires_at_us", nullable: true)
            .run()
        try await database.createIndex("key_values_expiry", on: "key_values", "expires_at_us")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("key_values")
    }
}
