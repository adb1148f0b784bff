import NIOCore
import SQLKit

/// Expiring key/value entries in `key_values` (server-side sessions). An entry whose `expires_at_us` is at or
/// before "now" reads as absent.
struct SQLKeyValueStore: KeyValueStore {
    let database: Database

    func create(key: String, value: [UInt8], expiresAt: Timestamp?) async throws {
        let now = database.clock.now()
        try await database.transaction { db in
            if let row = try await db.select().column("expires_at_us").from("key_values").where("key", .equal, key)
                .first() {
                if let expiry = try row.optionalInt64("expires_at_us"), expiry <= now.microseconds {
                    try await db.delete(from: "key_values").where("key", .equal, key).run()
                } else {
                    throw StorageError.duplicateKey(key)
                }
            }
            try await db.insert(into: "key_values").columns("key", "value", "expires_at_us")
                .values(key, ByteBuffer(bytes: value), expiresAt?.microseconds).run()
        }
    }

    func set(key: String, value: [UInt8], expiresAt: Timestamp?) async throws {
        try await database.sql.insert(into: "key_values").columns("key", "value", "expires_at_us")
            .values(key, ByteBuffer(bytes: value), expiresAt?.microseconds)
            .onConflict(with: ["key"]) { $0.set(excludedValueOf: "value").set(excludedValueOf: "expires_at_us") }
            .run()
    }

    func get(key: String, now: Timestamp) async throws -> [UInt8]? {
        guard let row = try await database.sql.select().columns("value", "expires_at_us").from("key_values")
            .where("key", .equal, key).first() else { return nil }
        if let expiry = try row.optionalInt64("expires_at_us"), expiry <= now.microseconds { return nil }
        let buffer = try row.decode(column: "value", as: ByteBuffer.self)
        return Array(buffer.readableBytesView)
    }

    func remove(key: String) async throws {
        try await database.sql.delete(from: "key_values").where("key", .equal, key).run()
    }

    func purgeExpired(now: Timestamp) async throws -> Int {
        try await database.transaction { db in
            let expired = { (builder: SQLSelectBuilder) in
                builder.where("expires_at_us", .isNot, SQLLiteral.null)
                    .where("expires_at_us", .lessThanOrEqual, now.microseconds)
            }
            let count = try await expired(db.select()
                .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n")))
                .from("key_values")).first()?.int64("n") ?? 0
            try await db.delete(from: "key_values").where("expires_at_us", .isNot, SQLLiteral.null)
                .where("expires_at_us", .lessThanOrEqual, now.microseconds).run()
            return Int(count)
        }
    }
}
