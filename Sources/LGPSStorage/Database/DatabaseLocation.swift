/// Where the database lives: a SQLite file (the embedded default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable {
    /// A SQLite database file; its directory is created if missing.
    case sqlite(path: String)
    /// A PostgreSQL connection URL (`postgres://user:password@host:port/database`).
    case postgres(url: String)

    /// The SQLite file used when nothing else is configured.
    public static let defaultSQLitePath = "./data/openlgps.sqlite"

    /// Chooses the database for a command: an explicit `--sqlite PATH` wins, then `DATABASE_URL`, then
    /// ``defaultSQLitePath``.
    public static func resolve(sqlitePath: String?, environment: [String: String]) -> DatabaseLocation {
        if let sqlitePath, !sqlitePath.isEmpty { return .sqlite(path: sqlitePath) }
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .postgres(url: url) }
        return .sqlite(path: defaultSQLitePath)
    }
}

/// The SQL dialect behind a ``Database``.
public enum DatabaseDialect: String, Sendable, Equatable {
    /// SQLite through sqlite-kit.
    case sqlite
    /// PostgreSQL through postgres-kit.
    case postgres

    /// Most bind parameters one statement may carry (SQLite `SQLITE_MAX_VARIABLE_NUMBER`, PostgreSQL's 16-bit
    /// parameter count).
    var maximumBinds: Int { self == .sqlite ? 32_766 : 65_535 }
}

/// Connection pool figures for `/metrics`.
public struct PoolStatistics: Sendable, Equatable {
    /// Connections the pool may open.
    public var configured: Int
    /// Connections lent out right now, when the driver lets us count them.
    public var inUse: Int?

    /// Creates pool figures.
    public init(configured: Int, inUse: Int?) {
        self.configured = configured
        self.inUse = inUse
    }
}
