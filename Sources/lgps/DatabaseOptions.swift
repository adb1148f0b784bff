import ArgumentParser
import Foundation
import LGPSStorage
import Logging

/// `--sqlite PATH`, shared by every command that opens a database. Without it, `DATABASE_URL` (PostgreSQL) is
/// used when set, else `./data/openlgps.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("sqlite"), help: "SQLite database file (default ./data/openlgps.sqlite, or DATABASE_URL).")
    var sqlitePath: String?

    /// Where to connect, given an optional default path for this command (such as the demo's).
    func location(defaultPath: String? = nil) -> DatabaseLocation {
        var environment = ProcessInfo.processInfo.environment
        if sqlitePath == nil, let defaultPath { environment["DATABASE_URL"] = nil; return .sqlite(path: defaultPath) }
        if sqlitePath != nil { environment["DATABASE_URL"] = nil }
        return DatabaseLocation.resolve(sqlitePath: sqlitePath, environment: environment)
    }

    /// Opens the database and applies any pending migrations.
    func openMigrated(defaultPath: String? = nil, logger: Logger) async throws -> Database {
        let database = try await Database.open(location(defaultPath: defaultPath), logger: logger)
        do {
            _ = try await Migrator(database: database).migrate()
        } catch {
            try? await database.shutdown()
            throw error
        }
        return database
    }
}

/// Runs `body` with an open, migrated database and always closes it.
func withDatabase<R>(_ options: DatabaseOptions, defaultPath: String? = nil, logger: Logger,
                     _ body: (Database) async throws -> R) async throws -> R {
    let database = try await options.openMigrated(defaultPath: defaultPath, logger: logger)
    do {
        let result = try await body(database)
        try await database.shutdown()
        return result
    } catch {
        try? await database.shutdown()
        throw error
    }
}

/// The command-line logger: warnings and above on standard error unless LOG_LEVEL says otherwise.
func commandLogger(_ label: String = "lgps") -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
    return logger
}
