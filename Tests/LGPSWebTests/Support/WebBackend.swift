import Foundation
import LGPSStorage
import Logging
import SQLKit

/// The databases the web suite runs on: SQLite always, PostgreSQL too when `DATABASE_URL` is set (the same
/// approach as the storage suite's `TestDatabase`: a scratch SQLite file per test, or a fresh PostgreSQL
/// database per test created through `DATABASE_URL` and dropped afterwards).
enum WebBackend: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite, postgres

    static var all: [WebBackend] {
        ProcessInfo.processInfo.environment["DATABASE_URL"].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgres] }
            ?? [.sqlite]
    }

    var description: String { rawValue }

    /// Opens a fresh, migrated database, runs `body`, then closes and removes it.
    func withDatabase<R: Sendable>(clock: any WallClock, _ body: (Database) async throws -> R) async throws -> R {
        let logger = Logger(label: "lgps.web.tests.db")
        let name = "lgps_w_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let location: DatabaseLocation
        let cleanup: () async throws -> Void
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lgps-web-tests/\(name)")
            location = .sqlite(path: directory.appendingPathComponent("test.sqlite").path)
            cleanup = { try? FileManager.default.removeItem(at: directory) }
        case .postgres:
            let admin = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
            try await Self.adminCommand("CREATE DATABASE \(name)", adminURL: admin)
            var components = URLComponents(string: admin)!
            components.path = "/\(name)"
            location = .postgres(url: components.string!)
            cleanup = { try await Self.adminCommand("DROP DATABASE IF EXISTS \(name)", adminURL: admin) }
        }
        let database = try await Database.open(location, logger: logger, clock: clock)
        do {
            try await Migrator(database: database).migrate()
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
    private static func adminCommand(_ statement: String, adminURL: String) async throws {
        let admin = try await Database.open(.postgres(url: adminURL), logger: Logger(label: "lgps.web.tests.admin"))
        do {
            try await admin.sql.execute(sql: SQLRaw(statement)) { _ in }
            try await admin.shutdown()
        } catch {
            try? await admin.shutdown()
            throw error
        }
    }
}
