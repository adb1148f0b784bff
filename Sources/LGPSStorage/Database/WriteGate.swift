/// Lets one SQLite write transaction of this process at a time reach `BEGIN IMMEDIATE`; the others wait here, in
/// order, without holding a thread. Without it, writers waiting in SQLite's busy handler sleep on the shared
/// thread pool (2 threads on 2 cores) and can starve the writer holding the lock until the busy timeout fires
/// ("database is locked"). Single-statement writes outside a transaction pass the same gate (see
/// ``SQLitePoolDatabase``): ungated, two of them waiting on the lock took both threads and stalled every request
/// (seen with `lgps bench portal` once sign-in wrote a session row). PostgreSQL needs no gate: its waits do not
/// hold a thread of ours.
actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// True inside `run`'s body, so a write made there is not gated again (it would wait for itself).
    @TaskLocal static var held = false

    /// Runs `body` once no other gated write is running.
    func run<R: Sendable>(_ body: @Sendable () async throws -> R) async throws -> R {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            busy = true
        }
        defer { release() }
        return try await WriteGate.$held.withValue(true) { try await body() }
    }

    /// Whether `statement` writes (and so must pass the gate when run on its own): INSERT, UPDATE, DELETE,
    /// REPLACE, or a transaction or schema statement.
    static func writes(_ statement: String) -> Bool {
        let head = statement.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "(" }.prefix(7).uppercased()
        return !(head.hasPrefix("SELECT") || head.hasPrefix("WITH") || head.hasPrefix("PRAGMA") || head.hasPrefix("EXPLAIN"))
    }

    private func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
