import LGPSRules
import Testing
@testable import LGPSStorage

/// Delivery reports on the outbox (interfaces.md D3, REL-8), on SQLite and, with DATABASE_URL, PostgreSQL.
@Suite("Notification delivery reports")
struct NotifyDeliveryStorageTests {
    typealias F = PortalFixtures

    static func at(_ seconds: Int64) -> Timestamp { Timestamp(microseconds: F.now.microseconds + seconds * 1_000_000) }

    /// Queues and sends one email per address; returns their ids (provider ids are `p-<index>`).
    static func sent(_ addresses: [String], fundID: Int64, personID: Int64?,
                     outbox: any NotificationOutbox) async throws -> [Int64] {
        var ids: [Int64] = []
        for (index, address) in addresses.enumerated() {
            ids.append(try await outbox.enqueue(fundID: fundID, personID: personID, email: address,
                                                template: "sign-in-code", personalisation: [:], reference: nil,
                                                at: at(0)).id)
            _ = try await outbox.claim(limit: 1, at: at(1))
            try await outbox.markSent(id: ids[index], providerID: "p-\(index)", at: at(2))
        }
        return ids
    }

    @Test("Each Notify status moves the email on; a permanent failure marks the address not working",
          arguments: Backend.all)
    func statuses(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active])
            let outbox = db.repositories.notifications
            let ids = try await Self.sent(["a@example.org", "Gone@Example.org", "full@example.org", "x@example.org"],
                                          fundID: fund.id, personID: people[0], outbox: outbox)
            #expect(try await outbox.awaitingDelivery(sentSince: Self.at(0), limit: 10).map(\.id) == ids)
            #expect(try await outbox.awaitingDelivery(sentSince: Self.at(3), limit: 10).isEmpty)

            let sending = try await outbox.recordDelivery(providerID: "p-0", status: .sending, reportedAt: Self.at(3),
                                                          at: Self.at(3))
            #expect(sending.notification.status == .sent && sending.notification.deliveryStatus == .sending)
            let delivered = try await outbox.recordDelivery(providerID: "p-0", status: .delivered,
                                                            reportedAt: Self.at(4), at: Self.at(5))
            #expect(delivered == .recorded(delivered.notification) && delivered.notification.status == .delivered)
            #expect(delivered.notification.deliveryAt == Self.at(4))

            let bounced = try await outbox.recordDelivery(providerID: "p-1", status: .permanentFailure,
                                                          reportedAt: Self.at(6), at: Self.at(6))
            #expect(bounced.notification.status == .bounced)
            let temporary = try await outbox.recordDelivery(providerID: "p-2", status: .temporaryFailure,
                                                            reportedAt: Self.at(6), at: Self.at(6))
            #expect(temporary.notification.status == .failed)
            #expect(try await outbox.awaitingDelivery(sentSince: Self.at(0), limit: 10).map(\.id) == [ids[3]])

            let marked = try await outbox.undeliverableAddresses(fundID: fund.id, personID: people[0])
            #expect(marked == [UndeliverableNotificationAddress(
                fundID: fund.id, email: "Gone@Example.org", personID: people[0], notificationID: ids[1],
                reason: "permanent-failure", reportedAt: Self.at(6))])
            #expect(try await outbox.undeliverableAddresses(fundID: fund.id + 1, personID: nil).isEmpty)
            #expect(try await outbox.counts(fundID: fund.id) == [.delivered: 1, .bounced: 1, .failed: 1, .sent: 1])
        }
    }

    @Test("A replayed or late report changes nothing; an unknown provider id is notFound", arguments: Backend.all)
    func idempotent(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let outbox = db.repositories.notifications
            _ = try await Self.sent(["gone@example.org"], fundID: fund.id, personID: nil, outbox: outbox)
            let first = try await outbox.recordDelivery(providerID: "p-0", status: .permanentFailure,
                                                        reportedAt: Self.at(5), at: Self.at(5))
            let replay = try await outbox.recordDelivery(providerID: "p-0", status: .permanentFailure,
                                                         reportedAt: Self.at(9), at: Self.at(9))
            #expect(replay == .unchanged(first.notification))
            let late = try await outbox.recordDelivery(providerID: "p-0", status: .delivered, reportedAt: Self.at(9),
                                                       at: Self.at(9))
            #expect(late == .unchanged(first.notification))
            #expect(try await outbox.undeliverableAddresses(fundID: fund.id, personID: nil).map(\.reportedAt)
                == [Self.at(5)])
            await #expect(throws: StorageError.notFound) {
                try await outbox.recordDelivery(providerID: "nobody", status: .delivered, reportedAt: Self.at(9),
                                                at: Self.at(9))
            }
        }
    }

    @Test("A technical failure is queued to send once more (after back-off state is cleared), then fails",
          arguments: Backend.all)
    func technicalFailure(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let outbox = db.repositories.notifications
            let id = try await Self.sent(["a@example.org"], fundID: fund.id, personID: nil, outbox: outbox)[0]
            let requeued = try await outbox.recordDelivery(providerID: "p-0", status: .technicalFailure,
                                                           reportedAt: Self.at(5), at: Self.at(5))
            #expect(requeued == .requeued(requeued.notification))
            #expect(requeued.notification.status == .queued && requeued.notification.technicalResends == 1)
            let replay = try await outbox.recordDelivery(providerID: "p-0", status: .technicalFailure,
                                                         reportedAt: Self.at(6), at: Self.at(6))
            #expect(replay == .unchanged(requeued.notification))
            #expect(try await outbox.claim(limit: 5, at: Self.at(7)).map(\.id) == [id])
            try await outbox.markSent(id: id, providerID: "p-0b", at: Self.at(8))
            let again = try await outbox.recordDelivery(providerID: "p-0b", status: .technicalFailure,
                                                        reportedAt: Self.at(9), at: Self.at(9))
            #expect(again.notification.status == .failed && again.notification.deliveryStatus == .technicalFailure)
        }
    }

    @Test("A retry with back-off is not claimed before its time; without a time it fails", arguments: Backend.all)
    func backOff(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let outbox = db.repositories.notifications
            let a = try await outbox.enqueue(fundID: fund.id, personID: nil, email: "a@example.org", template: "t",
                                             personalisation: [:], reference: nil, at: Self.at(0))
            let b = try await outbox.enqueue(fundID: fund.id, personID: nil, email: "b@example.org", template: "t",
                                             personalisation: [:], reference: nil, at: Self.at(0))
            _ = try await outbox.claim(limit: 2, at: Self.at(1))
            try await outbox.markFailed(id: a.id, error: "HTTP 503", retryAt: Self.at(60), at: Self.at(2))
            try await outbox.markFailed(id: b.id, error: "HTTP 400", retryAt: nil, at: Self.at(2))
            #expect(try await outbox.claim(limit: 5, at: Self.at(59)).isEmpty)
            #expect(try await outbox.claim(limit: 5, at: Self.at(60)).map(\.id) == [a.id])
            #expect(try await outbox.counts(fundID: fund.id) == [.sending: 1, .failed: 1])
        }
    }
}
