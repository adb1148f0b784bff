import NIOCore
import SQLiteKit

/// Opens SQLite connections through sqlite-kit and sets the pragmas every connection needs: WAL journal,
/// `synchronous=FULL` (acknowledged writes are durable), foreign keys on, a busy timeout so writers queue, a
/// page cache big enough for a statement run's batch, and temporary data (statement journals of a batch's
/// multi-row insert) kept in memory.
struct SQLitePragmaSource: ConnectionPoolSource, Sendable {
    let base: SQLiteConnectionSource

    static let pragmas = [
        "PRAGMA busy_timeout=10000",
        "PRAGMA page_size=\(pageBytes)",
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA cache_size=\(-cacheKibibytes)",
        "PRAGMA temp_store=MEMORY",
    ]

    /// The page size of a new database file (SQLite's default is 4,096; it cannot change once the file has
    /// tables and is in WAL mode, so an existing file keeps its own). A stored statement is about 30 KB: with
    /// 16 KiB pages it takes two overflow pages, not eight, so a run writes fewer pages and WAL frames.
    static let pageBytes = 16_384

    /// Page cache per connection, in KiB (SQLite's default is 2,000). A statement run stores about 12 MiB a
    /// batch in one transaction; with the default cache SQLite spilled pages to the WAL part-way through each one.
    static let cacheKibibytes = 16_384

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        base.makeConnection(logger: logger, on: eventLoop).flatMap { connection in
            var future = eventLoop.makeSucceededVoidFuture()
            for pragma in Self.pragmas {
                future = future.flatMap { connection.query(pragma).map { _ in () } }
            }
            return future.map { connection }.flatMapError { error in
                connection.close().flatMapThrowing { throw error }
            }
        }
    }
}
