/// Caps how many password hashes run at once (each bcrypt check takes a core for ~250 ms at cost 12), and how
/// many may wait; beyond that the caller is told to come back later (503), so a login burst cannot starve the
/// server (D.3 of the security notes).
actor HashLimiter {
    private let slots: Int
    private let maximumWaiting: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// `slots` hashes at once, with up to `maximumWaiting` more queued.
    init(slots: Int, maximumWaiting: Int) {
        self.slots = slots
        self.maximumWaiting = maximumWaiting
    }

    /// Runs `work` when a slot is free; throws `WebError.overloaded` when the queue is full.
    func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        if running >= slots {
            guard waiting.count < maximumWaiting else { throw WebError.overloaded }
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        defer { release() }
        return try await work()
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
