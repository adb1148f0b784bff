@preconcurrency import AsyncKit
import NIOConcurrencyHelpers
import NIOCore
import SQLiteKit

/// A `SQLiteDatabase` over a connection pool (the SQLite twin of postgres-kit's pooled database), so that
/// `.sql()` gives an `SQLDatabase` whose `withSession` pins one pooled connection.
/// A statement that writes, run on its own (not inside a transaction's connection), first passes the process's
/// ``WriteGate``, so it waits without holding a thread of the shared pool.
struct SQLitePoolDatabase: SQLiteDatabase {
    let pool: EventLoopGroupConnectionPool<SQLitePragmaSource>
    let logger: Logger
    let gauge: ConnectionGauge
    let gate: WriteGate

    var eventLoop: any EventLoop { pool.eventLoopGroup.any() }

    func query(
        _ query: String, _ binds: [SQLiteData], logger: Logger, _ onRow: @escaping @Sendable (SQLiteRow) -> Void
    ) -> EventLoopFuture<Void> {
        guard !WriteGate.held, WriteGate.writes(query) else {
            return withConnection { $0.query(query, binds, logger: logger, onRow) }
        }
        let promise = eventLoop.makePromise(of: Void.self)
        promise.completeWithTask { try await self.query(query, binds, onRow) }
        return promise.futureResult
    }

    func query(_ query: String, _ binds: [SQLiteData], _ onRow: @escaping @Sendable (SQLiteRow) -> Void) async throws {
        guard !WriteGate.held, WriteGate.writes(query) else {
            return try await withConnection { connection in try await connection.query(query, binds, onRow) }
        }
        try await gate.run {
            try await withConnection { connection in try await connection.query(query, binds, onRow) }
        }
    }

    func withConnection<T>(_ closure: @escaping @Sendable (SQLiteConnection) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        pool.withConnection(logger: logger) { connection in
            gauge.acquire()
            return closure(connection).always { _ in gauge.release() }
        }
    }

    func withConnection<T>(_ closure: @escaping @Sendable (SQLiteConnection) async throws -> T) async throws -> T {
        let connection = try await pool.requestConnection(logger: logger).get()
        gauge.acquire()
        defer {
            gauge.release()
            pool.releaseConnection(connection, logger: logger)
        }
        return try await closure(connection)
    }
}

/// Counts connections lent out by a pool, for ``PoolStatistics``.
final class ConnectionGauge: Sendable {
    private let count = NIOLockedValueBox(0)

    func acquire() { count.withLockedValue { $0 += 1 } }
    func release() { count.withLockedValue { $0 -= 1 } }
    var inUse: Int { count.withLockedValue { $0 } }
}
