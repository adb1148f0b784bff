import SQLKit
import Testing
@testable import LGPSStorage

@Suite("Database location")
struct DatabaseLocationTests {
    @Test("An explicit SQLite path wins over DATABASE_URL")
    func explicitPathWins() {
        #expect(DatabaseLocation.resolve(sqlitePath: "x.sqlite", environment: ["DATABASE_URL": "postgres://a@b/c"])
            == .sqlite(path: "x.sqlite"))
    }

    @Test("DATABASE_URL selects PostgreSQL, otherwise the default SQLite file under ./data")
    func environmentThenDefault() {
        #expect(DatabaseLocation.resolve(sqlitePath: nil, environment: ["DATABASE_URL": "postgres://a@b/c"])
            == .postgres(url: "postgres://a@b/c"))
        #expect(DatabaseLocation.resolve(sqlitePath: nil, environment: [:]) == .sqlite(path: "./data/openlgps.sqlite"))
    }

    @Test("Every SQLite connection runs in WAL mode with synchronous FULL and foreign keys on")
    func sqlitePragmas() async throws {
        try await TestDatabase.with(.sqlite) { db in
            try await db.sql.withSession { session in
                let mode = try await session.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
                let sync = try await session.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
                let keys = try await session.raw("PRAGMA foreign_keys").first()?.decode(column: "foreign_keys", as: Int.self)
                #expect(mode == "wal")
                #expect(sync == 2)
                #expect(keys == 1)
            }
            #expect(db.poolStatistics().configured > 0)
        }
    }
}
