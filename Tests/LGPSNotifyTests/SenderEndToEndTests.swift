import AsyncHTTPClient
import Hummingbird
import HummingbirdTesting
import LGPSStorage
import Testing
@testable import LGPSNotify

/// The sender and the poller against the mock Notify over a real loopback socket, on SQLite (REL-8,
/// interfaces.md D3).
@Suite("Sending through the mock Notify")
struct SenderEndToEndTests {
    typealias S = NotifyTestSupport

    /// Runs `body` with the mock listening on a free loopback port and a client for it signed with `key`.
    static func withMock(store: MockNotifyStore, clock: ManualClock, key: NotifyAPIKey = S.key,
                         _ body: @escaping @Sendable (NotifyClient) async throws -> Void) async throws {
        let mock = MockNotify(store: store, keys: [S.key], clock: clock)
        let app = mock.application(host: "127.0.0.1", port: 0, logger: S.logger)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await body(NotifyClient(http: HTTPClient.shared, baseURL: "http://127.0.0.1:\(port)/", key: key,
                                        clock: clock, logger: S.logger))
        }
    }

    @Test("Sent, refused (400), retried after a 500 with back-off, then delivery reports by polling")
    func sendRetryAndPoll() async throws {
        let clock = ManualClock(S.start)
        try await S.withDatabase(clock: clock) { db, fundID in
            let outbox = db.repositories.notifications
            let ids = try await S.enqueue(["first@example.org", "not-an-email", "gone@bounce.example",
                                           "flaky@fault.example"], fundID: fundID, outbox: outbox, at: clock.now())
            let store = MockNotifyStore()
            try await Self.withMock(store: store, clock: clock) { client in
                let sender = NotifySender(outbox: outbox, notify: client, templates: S.templates,
                                          linkBaseURL: "https://pensions.example.gov.uk/", clock: clock, logger: S.logger)
                await store.failNext(1)
                let first = try await sender.sendBatch()
                #expect(first.sent == 2 && first.failed == 1 && first.deferred == 1)
                var rows = try await S.byID(outbox, fundID: fundID)
                #expect(rows[ids[0]]?.status == .queued && rows[ids[0]]?.lastError == "HTTP 500: Exception: Internal server error")
                #expect(rows[ids[0]]?.retryAt == Timestamp(microseconds: clock.now().microseconds + 30_000_000))
                #expect(rows[ids[1]]?.status == .failed
                    && rows[ids[1]]?.lastError == "HTTP 400: BadRequestError: email_address Not a valid email address")
                #expect(rows[ids[2]]?.status == .sent && rows[ids[3]]?.status == .sent)

                #expect(try await sender.sendBatch().handled == 0, "the retry waits for its back-off")
                clock.advance(seconds: 31)
                #expect(try await sender.sendBatch().sent == 1)

                let messages = await store.all()
                #expect(messages.map(\.recipient) == ["gone@bounce.example", "flaky@fault.example", "first@example.org"])
                #expect(messages.last?.reference == "lgps-notification-\(ids[0])")
                #expect(messages.last?.personalisation["link"]
                    == "https://pensions.example.gov.uk/portal/reset-password?token=t")

                _ = await store.settle(at: clock.now())
                let poller = DeliveryPoller(outbox: outbox, notify: client, clock: clock, logger: S.logger)
                let poll = try await poller.pollOnce()
                #expect(poll.asked == 3 && poll.changed == 3)
                rows = try await S.byID(outbox, fundID: fundID)
                #expect(rows[ids[0]]?.status == .delivered && rows[ids[0]]?.deliveryStatus == .delivered)
                #expect(rows[ids[2]]?.status == .bounced)
                #expect(try await outbox.undeliverableAddresses(fundID: fundID, personID: nil).map(\.email)
                    == ["gone@bounce.example"])
                #expect(rows[ids[3]]?.status == .queued && rows[ids[3]]?.technicalResends == 1)
                #expect(try await poller.pollOnce().asked == 0, "nothing is left without a final report")

                // The technical failure is sent once more, fails again, and then stays failed.
                #expect(try await sender.sendBatch().sent == 1)
                _ = await store.settle(at: clock.now())
                #expect(try await poller.pollOnce().changed == 1)
                rows = try await S.byID(outbox, fundID: fundID)
                #expect(rows[ids[3]]?.status == .failed && rows[ids[3]]?.deliveryStatus == .technicalFailure)
                #expect(await store.all().count == 4)
            }
        }
    }

    @Test("A refused key (403) fails that email, puts the rest back untried and pauses the sender")
    func refusedKey() async throws {
        let clock = ManualClock(S.start)
        try await S.withDatabase(clock: clock) { db, fundID in
            let outbox = db.repositories.notifications
            let ids = try await S.enqueue(["a@example.org", "b@example.org"], fundID: fundID, outbox: outbox,
                                          at: clock.now())
            let wrongKey = try #require(NotifyAPIKey(
                "revoked-\(S.key.serviceID)-00000000-0000-4000-8000-000000000000"))
            try await Self.withMock(store: MockNotifyStore(), clock: clock, key: wrongKey) { client in
                let sender = NotifySender(outbox: outbox, notify: client, templates: S.templates, clock: clock,
                                          logger: S.logger)
                let tally = try await sender.sendBatch()
                #expect(tally.unauthorised && tally.failed == 1 && tally.deferred == 1 && tally.sent == 0)
                let rows = try await S.byID(outbox, fundID: fundID)
                #expect(rows[ids[0]]?.status == .failed && rows[ids[0]]?.lastError?.hasPrefix("HTTP 403: AuthError") == true)
                #expect(rows[ids[1]]?.status == .queued)
            }
        }
    }

    @Test("A rate limit (429) defers the email and tells the service when to carry on")
    func rateLimited() async throws {
        let clock = ManualClock(S.start)
        try await S.withDatabase(clock: clock) { db, fundID in
            let outbox = db.repositories.notifications
            let ids = try await S.enqueue(["a@example.org", "b@example.org", "c@example.org"], fundID: fundID,
                                          outbox: outbox, at: clock.now())
            try await Self.withMock(store: MockNotifyStore(rateLimit: 1), clock: clock) { client in
                let sender = NotifySender(outbox: outbox, notify: client, templates: S.templates, clock: clock,
                                          logger: S.logger)
                let tally = try await sender.sendBatch()
                #expect(tally.sent == 1 && tally.deferred == 2)
                #expect(tally.waitUntil == Timestamp(microseconds: clock.now().microseconds + 60_000_000))
                let rows = try await S.byID(outbox, fundID: fundID)
                #expect(rows[ids[1]]?.lastError?.hasPrefix("HTTP 429: RateLimitError") == true)
                #expect(rows[ids[2]]?.status == .queued)
            }
        }
    }

    @Test("The sender's own rate window claims nothing once Notify's limit is used up")
    func ownRateWindow() async throws {
        let clock = ManualClock(S.start)
        try await S.withDatabase(clock: clock) { db, fundID in
            let outbox = db.repositories.notifications
            _ = try await S.enqueue(["a@example.org", "b@example.org"], fundID: fundID, outbox: outbox, at: clock.now())
            try await Self.withMock(store: MockNotifyStore(), clock: clock) { client in
                let sender = NotifySender(outbox: outbox, notify: client, templates: S.templates,
                                          rate: NotifyRateLimit(window: RateWindow(limit: 1)), clock: clock,
                                          logger: S.logger)
                #expect(try await sender.sendBatch().sent == 1)
                let second = try await sender.sendBatch()
                #expect(second.handled == 0 && second.waitUntil == Timestamp(microseconds: clock.now().microseconds + 60_000_000))
                #expect(try await outbox.counts(fundID: fundID) == [.sent: 1, .queued: 1])
            }
        }
    }
}
