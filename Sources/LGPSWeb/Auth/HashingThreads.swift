import NIOCore
import NIOPosix

/// The threads password hashes run on: their own pool, one thread per core, never NIO's shared pool. SQLite
/// queries run on the shared pool (2 threads on 2 cores), so hashes there made signed-in members' pages wait
/// behind a sign-in burst (measured with `lgps bench portal`: pages took seconds); kept apart, a burst costs CPU
/// but does not queue anyone's database reads (D.3, REL-9, PERF-3).
enum HashingThreads {
    /// Started on first use and kept for the life of the process.
    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(1, System.coreCount))
        pool.start()
        return pool
    }()
}
