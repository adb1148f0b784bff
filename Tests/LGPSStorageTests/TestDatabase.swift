import Foundation
import LGPSRules
import Logging
import SQLKit
@testable import LGPSStorage

/// The databases the suite runs on: SQLite always, PostgreSQL too when `DATABASE_URL` is set.
enum Backend: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite, postgres

    static var all: [Backend] {
        ProcessInfo.processInfo.environment["DATABASE_URL"].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgres] }
            ?? [.sqlite]
    }

    var description: String { rawValue }
}

/// A fresh, migrated database per test: a SQLite file in its own scratch directory, or a uniquely named
/// PostgreSQL database created through `DATABASE_URL` and dropped afterwards, so tests can run in parallel.
enum TestDatabase {
    static let logger: Logger = {
        var logger = Logger(label: "lgps.storage.tests")
        logger.logLevel = .warning
        return logger
    }()
    static let start = Timestamp(microseconds: 1_767_225_600_000_000)

    static func clock() -> SteppingClock {
        SteppingClock(start: start, stepMicroseconds: 1_000, date: CalendarDate(2026, 11, 1))
    }

    static func with<R: Sendable>(_ backend: Backend, migrate: Bool = true, clock: any WallClock = clock(),
                                  _ body: (Database) async throws -> R) async throws -> R {
        let name = "lgps_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let location: DatabaseLocation
        var cleanup: () async throws -> Void
        switch backend {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lgps-storage-tests/\(name)")
            location = .sqlite(path: directory.appendingPathComponent("test.sqlite").path)
            cleanup = { try? FileManager.default.removeItem(at: directory) }
        case .postgres:
            let admin = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
            try await adminCommand("CREATE DATABASE \(name)", adminURL: admin)
            var components = URLComponents(string: admin)!
            components.path = "/\(name)"
            location = .postgres(url: components.string!)
            cleanup = { try await adminCommand("DROP DATABASE IF EXISTS \(name)", adminURL: admin) }
        }
        let database = try await Database.open(location, logger: logger, clock: clock)
        do {
            if migrate { try await Migrator(database: database).migrate() }
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
