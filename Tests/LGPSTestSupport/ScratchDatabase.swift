import Foundation
import LGPSRules
import LGPSStorage
import Logging
import SQLKit

/// A fresh database per test, so tests run in parallel: a SQLite file in its own scratch directory, or a uniquely
/// named PostgreSQL database created through `DATABASE_URL` and dropped afterwards. Shared by every test target.
public enum ScratchDatabase {
    /// Opens a fresh database (migrated unless `migrate` is false), runs `body`, then closes and removes it.
    /// `label` names the scratch directory and prefixes the database name (`lgps_<label>_...`).
    public static func with<R: Sendable>(_ backend: TestBackend, label: String, migrate: Bool = true,
                                         clock: any WallClock, logger: Logger,
                                         _ body: (Database) async throws -> R) async throws -> R {
        let name = "lgps_\(label)_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let location: DatabaseLocation
        let cleanup: () async throws -> Void
        switch backend {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lgps-\(label)-tests/\(name)")
            location = .sqlite(path: directory.appendingPathComponent("test.sqlite").path)
            cleanup = { try? FileManager.default.removeItem(at: directory) }
        case .postgres:
            let admin = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
            try await adminCommand("CREATE DATABASE \(name)", adminURL: admin, logger: logger)
            var components = URLComponents(string: admin)!
            components.path = "/\(name)"
            location = .postgres(url: components.string!)
            // FORCE: a pool connection whose server process is still ending (slow on a loaded machine) must not
            // make the drop, and so the test, fail.
            cleanup = {
                try await adminCommand("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", adminURL: admin, logger: logger)
            }
        }
        let database = try await Database.open(location, logger: logger, clock: clock)
        do {
            if migrate { _ = try await Migrator(database: database).migrate() }
            let result = try await body(database)
            try await database.shutdown()
            try await cleanup()
            return result
        } catch {
            try? await database.shutdown()
            try? await cleanup()
            throw error
        }
    }

    /// Runs one fixed administrative statement (the name is generated here, never user input).
    private static func adminCommand(_ statement: String, adminURL: String, logger: Logger) async throws {
        let admin = try await Database.open(.postgres(url: adminURL), logger: logger)
        do {
            try await admin.sql.execute(sql: SQLRaw(statement)) { _ in }
            try await admin.shutdown()
        } catch {
            try? await admin.shutdown()
            throw error
        }
    }
}
