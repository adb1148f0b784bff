import PostgresKit
import SQLiteKit

/// Recognises the database refusing a row because a unique column or key already holds its value: the last
/// line of defence when two transactions race past the same "is it taken?" check (PostgreSQL runs them side by
/// side; SQLite's `BEGIN IMMEDIATE` already queues them).
enum UniqueViolation {
    /// PostgreSQL's SQLSTATE for `unique_violation`.
    static let postgresState = "23505"
    /// How SQLite starts the message of a unique or primary key constraint failure.
    static let sqliteMessagePrefix = "UNIQUE constraint failed"

    /// Whether `error` is a unique or primary key violation on either database.
    static func matches(_ error: any Error) -> Bool {
        if let error = error as? PSQLError { return error.serverInfo?[.sqlState] == postgresState }
        if let error = error as? SQLiteError {
            return error.reason == .constraintUniqueFailed || error.reason == .constraintPrimaryKeyFailed
                || (error.reason == .constraint && error.message.hasPrefix(sqliteMessagePrefix))
        }
        return false
    }

    /// Runs `body`, turning a unique violation into `StorageError.duplicateKey(key)`.
    static func mapped<R>(to key: String, _ body: () async throws -> R) async throws -> R {
        do {
            return try await body()
        } catch where matches(error) {
            throw StorageError.duplicateKey(key)
        }
    }
}
