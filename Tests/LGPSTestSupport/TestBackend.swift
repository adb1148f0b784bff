import Foundation

/// The databases a suite runs on: SQLite always, PostgreSQL too when `DATABASE_URL` is set (CI sets it to a
/// throwaway cluster started by `scripts/pg-start.sh`).
public enum TestBackend: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite, postgres

    /// The backends this run can reach.
    public static var all: [TestBackend] {
        ProcessInfo.processInfo.environment["DATABASE_URL"].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgres] }
            ?? [.sqlite]
    }

    public var description: String { rawValue }
}
