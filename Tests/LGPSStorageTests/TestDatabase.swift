import Foundation
import LGPSTestSupport
import LGPSRules
import Logging
@testable import LGPSStorage

/// The databases the suite runs on (shared with the other suites: `LGPSTestSupport`).
typealias Backend = TestBackend

/// A fresh, migrated database per test: a SQLite file in its own scratch directory, or a uniquely named
/// PostgreSQL database created through `DATABASE_URL` and dropped afterwards, so tests can run in parallel.
enum TestDatabase {
    static let logger: Logger = {
        var logger = Logger(label: "lgps.storage.tests")
        logger.logLevel = .warning
        return logger
    }()
    static let start = Timestamp(microseconds: 1_767_225_600_000_000)

    static func clock() -> SteppingClock {
        SteppingClock(start: start, stepMicroseconds: 1_000, date: CalendarDate(2026, 11, 1))
    }

    static func with<R: Sendable>(_ backend: Backend, migrate: Bool = true, clock: any WallClock = clock(),
                                  _ body: (Database) async throws -> R) async throws -> R {
        try await ScratchDatabase.with(backend, label: "t", migrate: migrate, clock: clock, logger: logger, body)
    }
}
