import Foundation
@preconcurrency import AsyncKit
import Logging
import NIOConcurrencyHelpers
import PostgresKit
import SQLiteKit

/// An open database: a connection pool on SQLite or PostgreSQL behind one `SQLDatabase`, with transactions and
/// the repositories that use it.
public final class Database: Sendable {
    /// The pooled database; every query outside a transaction goes through it.
    public let sql: any SQLDatabase
    /// Which SQL dialect `sql` speaks.
    public let dialect: DatabaseDialect
    /// The clock that stamps audit entries and checks expiries.
    public let clock: any WallClock
    /// Where this database lives.
    public let location: DatabaseLocation
    let logger: Logger
    /// The SQLite pool itself, for bulk writes that bind values straight onto a connection.
    let sqlitePool: SQLitePoolDatabase?
    private let configuredConnections: Int
    private let gauge: ConnectionGauge?
    private let closer: @Sendable () async throws -> Void
    private let closed = NIOLockedValueBox(false)
    /// Queues this process's SQLite write transactions (nil on PostgreSQL).
    let writeGate: WriteGate?

    init(sql: any SQLDatabase, dialect: DatabaseDialect, clock: any WallClock, location: DatabaseLocation,
         logger: Logger, configuredConnections: Int, gauge: ConnectionGauge?, sqlitePool: SQLitePoolDatabase? = nil,
         closer: @escaping @Sendable () async throws -> Void) {
        self.sql = sql
        self.dialect = dialect
        self.clock = clock
        self.location = location
        self.logger = logger
        self.configuredConnections = configuredConnections
        self.gauge = gauge
        self.sqlitePool = sqlitePool
        self.closer = closer
        writeGate = dialect == .sqlite ? sqlitePool?.gate ?? WriteGate() : nil
    }

    /// Connections each event loop may open.
    static let connectionsPerEventLoop = 4

    /// Opens a connection pool to `location` (creating a SQLite file's directory if needed). Close it with
    /// ``shutdown()`` (or run a ``DatabaseService``); it does not migrate.
    public static func open(_ location: DatabaseLocation, logger: Logger,
                            clock: any WallClock = SystemClock()) async throws -> Database {
        let group = MultiThreadedEventLoopGroup.singleton
        let configured = group.makeIterator().reduce(0) { count, _ in count + connectionsPerEventLoop }
        switch location {
        case .sqlite(let path):
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let source = SQLitePragmaSource(base: SQLiteConnectionSource(
                configuration: .init(storage: .file(path: path), enableForeignKeys: true)))
            let pool = EventLoopGroupConnectionPool(
                source: source, maxConnectionsPerEventLoop: connectionsPerEventLoop, logger: logger, on: group)
            let gauge = ConnectionGauge()
            let pooled = SQLitePoolDatabase(pool: pool, logger: logger, gauge: gauge, gate: WriteGate())
            return Database(sql: pooled.sql(queryLogLevel: nil), dialect: .sqlite, clock: clock, location: location,
                            logger: logger, configuredConnections: configured, gauge: gauge, sqlitePool: pooled,
                            closer: { try await pool.shutdownAsync() })
        case .postgres(let url):
            let configuration = try SQLPostgresConfiguration(url: url)
            let pool = EventLoopGroupConnectionPool(
                source: PostgresConnectionSource(sqlConfiguration: configuration),
                maxConnectionsPerEventLoop: connectionsPerEventLoop, logger: logger, on: group)
            let sql = pool.database(logger: logger).sql(queryLogLevel: nil)
            return Database(sql: sql, dialect: .postgres, clock: clock, location: location, logger: logger,
                            configuredConnections: configured, gauge: nil,
                            closer: { try await pool.shutdownAsync() })
        }
    }

    /// Runs `body` in one transaction on one connection: `BEGIN IMMEDIATE` on SQLite (writers queue at the
    /// start, in this process at the ``WriteGate``, so reads inside see a stable state), `BEGIN` on PostgreSQL;
    /// commits if `body` returns, rolls back if it throws. `body` must not start another transaction.
    public func transaction<R: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> R
    ) async throws -> R {
        let begin = dialect == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN"
        guard let writeGate else { return try await run(begin: begin, body) }
        return try await writeGate.run { try await self.run(begin: begin, body) }
    }

    private func run<R: Sendable>(begin: String,
                                  _ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await sql.withSession { session in
            try await session.execute(sql: SQLRaw(begin)) { _ in }
            do {
                let result = try await body(session)
                try await session.execute(sql: SQLRaw("COMMIT")) { _ in }
                return result
            } catch {
                try? await session.execute(sql: SQLRaw("ROLLBACK")) { _ in }
                throw error
            }
        }
    }

    /// Closes every pooled connection. Safe to call more than once.
    public func shutdown() async throws {
        let alreadyClosed = closed.withLockedValue { value in
            defer { value = true }
            return value
        }
        guard !alreadyClosed else { return }
        try await closer()
    }

    /// Pool size and, on SQLite, connections in use.
    public func poolStatistics() -> PoolStatistics {
        PoolStatistics(configured: configuredConnections, inUse: gauge?.inUse)
    }

    /// The SQL repositories over this database.
    public var repositories: Repositories { Repositories(database: self) }
}
