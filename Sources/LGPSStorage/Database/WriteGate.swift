/// Lets one SQLite write transaction of this process at a time reach `BEGIN IMMEDIATE`; the others wait here, in
/// order, without holding a thread. Without it, writers waiting in SQLite's busy handler sleep on the shared
/// thread pool (2 threads on 2 cores) and can starve the writer holding the lock until the busy timeout fires
/// ("database is locked"). PostgreSQL needs no gate: its waits do not hold a thread of ours.
actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` once no other gated write transaction is running.
    func run<R: Sendable>(_ body: @Sendable () async throws -> R) async throws -> R {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            busy = true
        }
        defer { release() }
        return try await body()
    }

    private func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
