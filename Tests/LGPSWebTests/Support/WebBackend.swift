import LGPSStorage
import LGPSTestSupport
import Logging

/// The databases the web suite runs on: the shared ``TestBackend`` (SQLite always, PostgreSQL too when
/// `DATABASE_URL` is set), a fresh migrated database per test.
typealias WebBackend = TestBackend

extension TestBackend {
    /// Opens a fresh, migrated database, runs `body`, then closes and removes it.
    func withDatabase<R: Sendable>(clock: any WallClock, _ body: (Database) async throws -> R) async throws -> R {
        try await ScratchDatabase.with(self, label: "w", clock: clock, logger: Logger(label: "lgps.web.tests.db"),
                                       body)
    }
}
