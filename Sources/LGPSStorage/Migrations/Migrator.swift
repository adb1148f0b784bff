import Logging
import SQLKit

/// Applies and reverts numbered migrations, recording applied numbers in `schema_migrations`. Each migration
/// runs in its own transaction (SQLite and PostgreSQL both have transactional DDL), so a failure leaves the
/// schema as it was before that migration.
public struct Migrator: Sendable {
    /// The database being migrated.
    public let database: Database
    /// The known migrations, in order.
    public let migrations: [any Migration]

    /// Creates a migrator for `database` with `migrations` (by default ``Migrations/all``).
    public init(database: Database, migrations: [any Migration] = Migrations.all) {
        self.database = database
        self.migrations = migrations.sorted { $0.number < $1.number }
    }

    /// Applies every migration not yet applied, in order; returns the numbers applied.
    @discardableResult
    public func migrate() async throws -> [Int] {
        try await ensureTable()
        var done: [Int] = []
        for migration in migrations {
            let applied = try await database.transaction { db in
                guard try await Self.applied(on: db).contains(migration.number) == false else { return false }
                try await migration.prepare(on: db)
                try await db.insert(into: "schema_migrations").columns("number", "name")
                    .values(Int64(migration.number), migration.name).run()
                return true
            }
            if applied {
                database.logger.info("Applied migration", metadata: ["migration": "\(migration.number) \(migration.name)"])
                done.append(migration.number)
            }
        }
        return done
    }

    /// Reverts the `count` most recently applied migrations, newest first; returns the numbers reverted.
    @discardableResult
    public func revert(count: Int) async throws -> [Int] {
        try await ensureTable()
        var done: [Int] = []
        for _ in 0..<max(0, count) {
            let reverted: Int? = try await database.transaction { db in
                guard let last = try await Self.applied(on: db).last else { return nil }
                guard let migration = migrations.first(where: { $0.number == last }) else {
                    throw StorageError.migration("Migration \(last) is applied but unknown to this version")
                }
                try await migration.revert(on: db)
                try await db.delete(from: "schema_migrations").where("number", .equal, Int64(last)).run()
                return last
            }
            guard let reverted else { break }
            database.logger.info("Reverted migration", metadata: ["migration": "\(reverted)"])
            done.append(reverted)
        }
        return done
    }

    /// Numbers of the applied migrations, ascending.
    public func applied() async throws -> [Int] {
        try await ensureTable()
        return try await Self.applied(on: database.sql)
    }

    static func applied(on db: any SQLDatabase) async throws -> [Int] {
        try await db.select().column("number").from("schema_migrations").orderBy("number").all()
            .map { Int(try $0.decode(column: "number", as: Int64.self)) }
    }

    private func ensureTable() async throws {
        try await database.sql.create(table: "schema_migrations").ifNotExists()
            .column("number", type: .bigint, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .run()
    }
}
