import LGPSRules
import SQLKit
import Testing
@testable import LGPSStorage

@Suite("Migrations")
struct MigrationTests {
    @Test("Migrations apply in order, revert all the way back and apply again", arguments: Backend.all)
    func migrationsRoundTrip(backend: Backend) async throws {
        try await TestDatabase.with(backend, migrate: false) { db in
            let migrator = Migrator(database: db)
            let numbers = Migrations.all.map(\.number)
            #expect(try await migrator.applied() == [])
            #expect(try await migrator.migrate() == numbers)
            #expect(try await migrator.migrate() == [])
            #expect(try await migrator.applied() == numbers)
            #expect(try await migrator.revert(count: 2) == Array(numbers.suffix(2).reversed()))
            #expect(try await migrator.applied() == Array(numbers.dropLast(2)))
            #expect(try await migrator.revert(count: 100) == Array(numbers.dropLast(2).reversed()))
            #expect(try await migrator.applied() == [])
            #expect(try await migrator.migrate() == numbers)
            let fund = try await Fixtures.fund(db)
            #expect(try await db.repositories.funds.get(id: fund.id) == fund)
        }
    }

    @Test("A failing migration changes nothing and is not recorded", arguments: Backend.all)
    func failingMigrationRollsBack(backend: Backend) async throws {
        struct Broken: Migration {
            let number = 999
            let name = "broken"
            func prepare(on database: any SQLDatabase) async throws {
                try await database.create(table: "half_done").column("id", type: .bigint).run()
                throw StorageError.migration("deliberate")
            }
            func revert(on database: any SQLDatabase) async throws {}
        }
        try await TestDatabase.with(backend, migrate: false) { db in
            let migrator = Migrator(database: db, migrations: Migrations.all + [Broken()])
            await #expect(throws: StorageError.migration("deliberate")) { try await migrator.migrate() }
            #expect(try await migrator.applied() == Migrations.all.map(\.number))
            try await db.sql.create(table: "half_done").column("id", type: .bigint).run()
        }
    }
}
