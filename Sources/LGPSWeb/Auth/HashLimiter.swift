/// Caps how many password hashes run at once and how long a sign-in may queue for one; beyond that the caller is
/// told to come back later (503 with Retry-After), so a sign-in burst cannot starve the server or make everyone
/// wait (D.3 of the security notes: cap concurrent hashes, queue briefly, then shed load quickly).
///
/// The queue is bounded by time, not only by count: a sign-in is admitted to the queue only while the wait it
/// would face — the hashes ahead of it, at the recent average time of a hash, shared by the slots — stays within
/// `maximumWait`. A slower machine (or a busier one) therefore queues fewer, and the sign-ins it admits still
/// finish in time (seen with `lgps bench portal`: a fixed queue of 24 waited over a second when hashes slowed).
actor HashLimiter {
    private let slots: Int
    private let maximumWaiting: Int
    private let maximumWait: Duration
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    /// The recent average time of one hash (an exponential moving average).
    private var averageHash: Duration

    /// A first guess at a hash's time, before any is measured: argon2id at the server's settings on one core.
    static let initialHashEstimate: Duration = .milliseconds(50)
    /// Weight of the newest measurement in the moving average.
    static let smoothing = 0.2

    /// `slots` hashes at once; up to `maximumWaiting` more queued, and only while their wait is within
    /// `maximumWait`.
    init(slots: Int, maximumWaiting: Int, maximumWait: Duration = .seconds(3_600),
         initialEstimate: Duration = HashLimiter.initialHashEstimate) {
        self.slots = max(1, slots)
        self.maximumWaiting = maximumWaiting
        self.maximumWait = maximumWait
        averageHash = initialEstimate
    }

    /// How long the next sign-in to queue would wait, at the recent average.
    var expectedWait: Duration { averageHash * Double(waiting.count + 1) / Double(slots) }

    /// Runs `work` when a slot is free; throws `WebError.overloaded` when the queue is full or its wait too long.
    func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        if running >= slots {
            guard waiting.count < maximumWaiting, expectedWait <= maximumWait else { throw WebError.overloaded }
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        defer { release() }
        let started = ContinuousClock.now  // a duration for load shedding only, never a business time
        let result = try await work()
        record(ContinuousClock.now - started)
        return result
    }

    /// Folds one hash's time into the average.
    func record(_ took: Duration) {
        averageHash = averageHash * (1 - Self.smoothing) + took * Self.smoothing
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
