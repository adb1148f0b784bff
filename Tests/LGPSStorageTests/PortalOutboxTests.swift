import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Notification outbox")
struct PortalOutboxTests {
    typealias F = PortalFixtures

    static func at(_ microseconds: Int64) -> Timestamp { Timestamp(microseconds: F.now.microseconds + microseconds) }

    @Test("Enqueueing is durable and idempotent by reference (REL-8)", arguments: Backend.all)
    func idempotentEnqueue(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active])
            let outbox = db.repositories.notifications
            let first = try await outbox.enqueue(fundID: fund.id, personID: people[0], email: "a@example.org",
                                                 template: "password-changed", personalisation: ["name": "Jane"],
                                                 reference: "password-changed:1", at: Self.at(1))
            #expect(first.status == .queued && first.attempts == 0 && first.personalisation == ["name": "Jane"])
            let again = try await outbox.enqueue(fundID: fund.id, personID: people[0], email: "b@example.org",
                                                 template: "other", personalisation: [:],
                                                 reference: "password-changed:1", at: Self.at(2))
            #expect(again == first)
            let unreferenced = try await outbox.enqueue(fundID: fund.id, personID: nil, email: "c@example.org",
                                                        template: "welcome", personalisation: [:], reference: nil,
                                                        at: Self.at(3))
            let twin = try await outbox.enqueue(fundID: fund.id, personID: nil, email: "c@example.org",
                                                template: "welcome", personalisation: [:], reference: nil,
                                                at: Self.at(3))
            #expect(twin.id != unreferenced.id)
            #expect(try await outbox.list(fundID: fund.id, personID: nil, limit: 10).map(\.id)
                == [twin.id, unreferenced.id, first.id])
            #expect(try await outbox.list(fundID: fund.id, personID: people[0], limit: 10) == [first])
            #expect(try await outbox.list(fundID: fund.id, personID: nil, limit: 1).map(\.id) == [twin.id])
        }
    }

    @Test("Concurrent enqueues with one reference store one notification (REL-8)", arguments: Backend.all)
    func concurrentEnqueue(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let ids = try await withThrowingTaskGroup(of: Int64.self) { group in
                for _ in 0..<PortalFixtures.racingTransactions(backend) {
                    group.addTask {
                        try await db.repositories.notifications.enqueue(
                            fundID: fund.id, personID: nil, email: "a@example.org", template: "t",
                            personalisation: [:], reference: "same", at: F.now).id
                    }
                }
                return try await group.reduce(into: Set<Int64>()) { $0.insert($1) }
            }
            #expect(ids.count == 1)
            #expect(try await db.repositories.notifications.counts(fundID: fund.id) == [.queued: 1])
        }
    }

    @Test("Claim, sent, failed with and without retry, bounced: each transition and the counts (REL-8)",
          arguments: Backend.all)
    func transitions(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let outbox = db.repositories.notifications
            var ids: [Int64] = []
            for index in 0..<4 {
                ids.append(try await outbox.enqueue(fundID: fund.id, personID: nil, email: "m\(index)@example.org",
                                                    template: "t", personalisation: ["n": "\(index)"],
                                                    reference: nil, at: Self.at(Int64(index))).id)
            }
            let claimed = try await outbox.claim(limit: 3, at: Self.at(10))
            #expect(claimed.map(\.id) == Array(ids.prefix(3)))
            #expect(claimed.allSatisfy { $0.status == .sending && $0.attempts == 1 && $0.updatedAt == Self.at(10) })
            #expect(try await outbox.claim(limit: 3, at: Self.at(11)).map(\.id) == [ids[3]])
            #expect(try await outbox.claim(limit: 3, at: Self.at(12)) == [])

            try await outbox.markSent(id: ids[0], providerID: "prov-0", at: Self.at(20))
            try await outbox.markFailed(id: ids[1], error: "421 try later", retry: true, at: Self.at(20))
            try await outbox.markFailed(id: ids[2], error: "550 no such user", retry: false, at: Self.at(20))
            try await outbox.markSent(id: ids[3], providerID: "prov-3", at: Self.at(20))
            try await outbox.markBounced(providerID: "prov-3", error: "mailbox full", at: Self.at(30))
            // Settled notifications stay settled.
            try await outbox.markFailed(id: ids[0], error: "late", retry: true, at: Self.at(40))
            await #expect(throws: StorageError.notFound) {
                try await outbox.markSent(id: 424242, providerID: "x", at: Self.at(40))
            }
            await #expect(throws: StorageError.notFound) {
                try await outbox.markBounced(providerID: "unknown", error: "x", at: Self.at(40))
            }

            let byID = Dictionary(uniqueKeysWithValues: try await outbox.list(fundID: fund.id, personID: nil, limit: 10)
                .map { ($0.id, $0) })
            #expect(byID[ids[0]]?.status == .sent && byID[ids[0]]?.providerID == "prov-0")
            #expect(byID[ids[1]]?.status == .queued && byID[ids[1]]?.lastError == "421 try later")
            #expect(byID[ids[2]]?.status == .failed && byID[ids[2]]?.lastError == "550 no such user")
            #expect(byID[ids[3]]?.status == .bounced && byID[ids[3]]?.lastError == "mailbox full")
            #expect(try await outbox.counts(fundID: fund.id) == [.sent: 1, .queued: 1, .failed: 1, .bounced: 1])

            let retried = try await outbox.claim(limit: 10, at: Self.at(50))
            #expect(retried.map(\.id) == [ids[1]] && retried.first?.attempts == 2)
            #expect(try await outbox.requeueAbandoned(claimedBefore: Self.at(50), at: Self.at(60)) == 0)
            #expect(try await outbox.requeueAbandoned(claimedBefore: Self.at(51), at: Self.at(60)) == 1)
            #expect(try await outbox.claim(limit: 10, at: Self.at(70)).first?.attempts == 3)
        }
    }

    @Test("Concurrent claimers never take the same notification (REL-8)", arguments: Backend.all)
    func concurrentClaims(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let total = 20
            for index in 0..<total {
                _ = try await db.repositories.notifications.enqueue(
                    fundID: fund.id, personID: nil, email: "m\(index)@example.org", template: "t",
                    personalisation: [:], reference: "r\(index)", at: F.now)
            }
            let claims = try await withThrowingTaskGroup(of: [Int64].self) { group in
                for _ in 0..<4 {
                    group.addTask { try await db.repositories.notifications.claim(limit: 7, at: F.now).map(\.id) }
                }
                return try await group.reduce(into: [Int64]()) { $0 += $1 }
            }
            #expect(claims.count == Set(claims).count)
            let rest = try await db.repositories.notifications.claim(limit: total, at: F.now)
            #expect(claims.count + rest.count == total)
        }
    }
}
