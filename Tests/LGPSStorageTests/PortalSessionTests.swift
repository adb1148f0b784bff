import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Portal sessions")
struct PortalSessionTests {
    typealias F = PortalFixtures

    static func at(_ seconds: Int64) -> Timestamp { Timestamp(microseconds: F.now.microseconds + seconds * 1_000_000) }

    static func session(_ id: String, account: PortalAccount, at seconds: Int64) -> PortalSessionRecord {
        PortalSessionRecord(id: id, fundID: account.fundID, accountID: account.id, device: "Firefox on Linux",
                            createdAt: at(seconds), lastSeenAt: at(seconds))
    }

    /// Everything since the start counts as live.
    static let always = PortalSessionWindow(usedSince: Timestamp(microseconds: 0), begunSince: Timestamp(microseconds: 0))

    @Test("SESS-7: starting a session beyond the limit ends the least recently used, in the same transaction",
          arguments: Backend.all)
    func limit(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active])
            let account = try await F.register(db, fundID: fund.id, personID: people[0], email: "a@example.org")
            let repo = db.repositories.portalSessions
            for (index, id) in ["s1", "s2", "s3"].enumerated() {
                #expect(try await repo.start(Self.session(id, account: account, at: Int64(index)), limit: 3,
                                             liveSince: Self.always) == 0)
            }
            try await repo.touch(id: "s1", at: Self.at(10))  // s2 is now the least recently used
            #expect(try await repo.start(Self.session("s4", account: account, at: 20), limit: 3,
                                         liveSince: Self.always) == 1)
            #expect(try await repo.live(accountID: account.id, window: Self.always).map(\.id) == ["s4", "s1", "s3"])
            let ended = try #require(try await repo.get(id: "s2", accountID: account.id))
            #expect(ended.endReason == .limit)
            #expect(ended.endedAt == Self.at(20))
        }
    }

    @Test("SESS-5: sessions are found only by their own account, end once, and all others can be ended",
          arguments: Backend.all)
    func endAndScope(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active, .deferred])
            let first = try await F.register(db, fundID: fund.id, personID: people[0], email: "a@example.org")
            let second = try await F.register(db, fundID: fund.id, personID: people[1], email: "b@example.org")
            let repo = db.repositories.portalSessions
            for id in ["a1", "a2", "a3"] {
                _ = try await repo.start(Self.session(id, account: first, at: 1), limit: 5, liveSince: Self.always)
            }
            _ = try await repo.start(Self.session("b1", account: second, at: 1), limit: 5, liveSince: Self.always)
            #expect(try await repo.get(id: "b1", accountID: first.id) == nil)
            #expect(try await repo.end(id: "b1", accountID: first.id, reason: .endedElsewhere, at: Self.at(2)) == false)
            #expect(try await repo.end(id: "a1", accountID: first.id, reason: .signedOut, at: Self.at(2)))
            #expect(try await repo.end(id: "a1", accountID: first.id, reason: .signedOut, at: Self.at(3)) == false)
            #expect(try await repo.endAll(accountID: first.id, keeping: "a3", reason: .passwordChanged, at: Self.at(4)) == 1)
            #expect(try await repo.live(accountID: first.id, window: Self.always).map(\.id) == ["a3"])
            #expect(try await repo.endAll(accountID: first.id, keeping: nil, reason: .passwordChanged, at: Self.at(5)) == 1)
            #expect(try await repo.live(accountID: first.id, window: Self.always).isEmpty)
            #expect(try await repo.live(accountID: second.id, window: Self.always).map(\.id) == ["b1"])
            // An ended session is not touched back to life.
            try await repo.touch(id: "a1", at: Self.at(9))
            #expect(try await repo.get(id: "a1", accountID: first.id)?.lastSeenAt == Self.at(1))
        }
    }

    @Test("Sessions idle or begun before the window are not live, and do not count towards the limit",
          arguments: Backend.all)
    func window(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, people) = try await F.fund(db, statuses: [.active])
            let account = try await F.register(db, fundID: fund.id, personID: people[0], email: "a@example.org")
            let repo = db.repositories.portalSessions
            _ = try await repo.start(Self.session("old", account: account, at: 0), limit: 1, liveSince: Self.always)
            _ = try await repo.start(Self.session("idle", account: account, at: 100), limit: 2, liveSince: Self.always)
            let window = PortalSessionWindow(usedSince: Self.at(50), begunSince: Self.at(50))
            #expect(try await repo.live(accountID: account.id, window: window).map(\.id) == ["idle"])
            #expect(try await repo.start(Self.session("new", account: account, at: 200), limit: 2, liveSince: window) == 0)
            let idleWindow = PortalSessionWindow(usedSince: Self.at(150), begunSince: Self.at(0))
            #expect(try await repo.live(accountID: account.id, window: idleWindow).map(\.id) == ["new"])
        }
    }
}
