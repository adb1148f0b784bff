import ServiceLifecycle

/// Keeps a ``Database`` open for the life of a service group and closes its connections on graceful shutdown
/// (sqlite-nio asserts if a connection is dropped without being closed).
public struct DatabaseService: Service {
    /// The database this service closes.
    public let database: Database

    /// Creates a service that owns `database`.
    public init(database: Database) {
        self.database = database
    }

    /// Waits for graceful shutdown (or cancellation), then closes the database.
    public func run() async throws {
        try? await gracefulShutdown()
        try await database.shutdown()
    }
}
