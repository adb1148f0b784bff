import Foundation
import LGPSRules
import LGPSStorage
import LGPSTestSupport
import Logging
import NIOConcurrencyHelpers
@testable import LGPSNotify

/// A clock the test moves by hand; both the sender and the mock read it, so tokens are always fresh.
final class ManualClock: WallClock {
    private let instant: NIOLockedValueBox<Int64>

    init(_ start: Timestamp) { instant = NIOLockedValueBox(start.microseconds) }

    func now() -> Timestamp { Timestamp(microseconds: instant.withLockedValue { $0 }) }
    func today() -> CalendarDate { CalendarDate(2026, 1, 1) }
    func advance(seconds: Int64) { instant.withLockedValue { $0 += seconds * 1_000_000 } }
}

/// Shared pieces of the sender tests: a migrated SQLite database in a scratch folder, the test key, and the
/// mock and client wired together.
enum NotifyTestSupport {
    static let start = Timestamp(microseconds: 1_767_225_600_000_000)
    static let key = NotifyAPIKey(NotifyTokenTests.keyText)!
    static let templates = NotifyTemplates(ids: Dictionary(uniqueKeysWithValues: PortalEmailTemplate.all.map {
        ($0.name, "f33517ff-2a88-4f6e-b855-c550268ce08a")
    }))
    static let logger: Logger = {
        var logger = Logger(label: "lgps.notify.tests")
        logger.logLevel = .critical
        return logger
    }()

    /// Runs `body` with a fresh migrated SQLite database that holds one fund, closed and deleted afterwards.
    static func withDatabase<R: Sendable>(clock: ManualClock,
                                          _ body: (Database, Int64) async throws -> R) async throws -> R {
        try await ScratchDatabase.with(.sqlite, label: "notify", clock: clock, logger: logger) { database in
            let fund = try await database.repositories.funds.create(code: "TST", name: "Test fund",
                                                                    actor: .system("tests"))
            return try await body(database, fund.id)
        }
    }

    /// Queues an email for each address, in order; returns their ids.
    static func enqueue(_ addresses: [String], fundID: Int64, outbox: any NotificationOutbox,
                        at: Timestamp) async throws -> [Int64] {
        var ids: [Int64] = []
        for address in addresses {
            ids.append(try await outbox.enqueue(fundID: fundID, personID: nil, email: address, template: "password-reset",
                                                personalisation: ["link": "/portal/reset-password?token=t"],
                                                reference: nil, at: at).id)
        }
        return ids
    }

    /// The outbox's notifications by id.
    static func byID(_ outbox: any NotificationOutbox, fundID: Int64) async throws -> [Int64: OutboxNotification] {
        Dictionary(uniqueKeysWithValues: try await outbox.list(fundID: fundID, personID: nil, limit: 100)
            .map { ($0.id, $0) })
    }
}
