import Foundation

/// An open-loop load: arrival `i` is due at `start + i / rate` whatever happened to earlier ones, and runs on
/// whichever of `workers` threads is free (its latency is counted from when it was due, so a backlog in the
/// client shows in the figures instead of hiding). The threads are the benchmark's own, so blocking I/O never
/// takes a thread from the server's event loops or the Swift concurrency pool.
final class OpenLoop: @unchecked Sendable {
    typealias Work = @Sendable (_ index: Int, _ due: ContinuousClock.Instant) -> Void

    private let condition = NSCondition()
    private var due: [ContinuousClock.Instant] = []
    private var next = 0
    private var finished = false
    private var running = 0

    /// Runs `count` arrivals at `rate` per second; each worker thread gets its own `Work` from `makeWorker`
    /// (so it can keep its own connection). Returns when every arrival has been handled.
    static func run(rate: Double, count: Int, workers: Int, makeWorker: @escaping @Sendable () -> Work) async {
        let loop = OpenLoop()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let dispatcher = Thread {
                loop.drive(rate: rate, count: count, workers: workers, makeWorker: makeWorker)
                continuation.resume()
            }
            dispatcher.start()
        }
    }

    private func drive(rate: Double, count: Int, workers: Int, makeWorker: @escaping @Sendable () -> Work) {
        running = max(1, workers)
        for _ in 0..<max(1, workers) {
            let thread = Thread { [self] in
                let work = makeWorker()
                while let arrival = take() { work(arrival.index, arrival.due) }
                condition.lock()
                running -= 1
                condition.broadcast()
                condition.unlock()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        let start = ContinuousClock.now + .milliseconds(20)
        for index in 0..<count {
            let instant = start + .nanoseconds(Int64(Double(index) / rate * 1e9))
            let wait = instant - ContinuousClock.now
            if wait > .zero { Thread.sleep(forTimeInterval: wait.seconds) }
            condition.lock()
            due.append(instant)
            condition.signal()
            condition.unlock()
        }
        condition.lock()
        finished = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func take() -> (index: Int, due: ContinuousClock.Instant)? {
        condition.lock()
        defer { condition.unlock() }
        while next >= due.count && !finished { condition.wait() }
        guard next < due.count else { return nil }
        next += 1
        return (next - 1, due[next - 1])
    }
}

/// Latencies and counts gathered from many threads, by name.
final class BenchTally: @unchecked Sendable {
    private let lock = NSLock()
    private var durations: [String: [Duration]] = [:]
    private var counts: [String: Int] = [:]

    func time(_ name: String, _ value: Duration) {
        lock.lock(); durations[name, default: []].append(value); lock.unlock()
    }

    func count(_ name: String) {
        lock.lock(); counts[name, default: 0] += 1; lock.unlock()
    }

    func percentiles(_ name: String) -> Percentiles {
        lock.lock(); defer { lock.unlock() }
        return Percentiles(durations[name] ?? [])
    }

    func number(_ name: String) -> Int {
        lock.lock(); defer { lock.unlock() }
        return counts[name] ?? 0
    }

    /// Every count, sorted by name, as `name n` pairs.
    var allCounts: String {
        lock.lock(); defer { lock.unlock() }
        return counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}

extension Percentiles {
    /// "p50 a ms, p95 b ms, p99 c ms" without a label.
    var summary: String {
        "p50 \(String(format: "%.1f", at(50))) ms, p95 \(String(format: "%.1f", at(95))) ms, "
            + "p99 \(String(format: "%.1f", at(99))) ms (n=\(sorted.count))"
    }
}
