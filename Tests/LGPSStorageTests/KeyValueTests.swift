import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Key/value store")
struct KeyValueTests {
    @Test("Entries read back until they expire and purging removes only expired ones", arguments: Backend.all)
    func expiry(backend: Backend) async throws {
        let clock = FixedClock(instant: Timestamp(microseconds: 1_000), date: CalendarDate(2026, 11, 1))
        try await TestDatabase.with(backend, clock: clock) { db in
            let store = db.repositories.keyValues
            let early = Timestamp(microseconds: 500)
            try await store.create(key: "s1", value: [1, 2, 3], expiresAt: Timestamp(microseconds: 2_000))
            try await store.create(key: "forever", value: Array("{}".utf8), expiresAt: nil)
            #expect(try await store.get(key: "s1", now: early) == [1, 2, 3])
            #expect(try await store.get(key: "s1", now: Timestamp(microseconds: 2_000)) == nil)
            #expect(try await store.get(key: "forever", now: Timestamp(microseconds: .max)) == Array("{}".utf8))
            await #expect(throws: StorageError.duplicateKey("s1")) {
                try await store.create(key: "s1", value: [9], expiresAt: nil)
            }
            try await store.set(key: "s1", value: [4], expiresAt: Timestamp(microseconds: 900))
            #expect(try await store.get(key: "s1", now: early) == [4])
            try await store.create(key: "s1", value: [5], expiresAt: nil)
            #expect(try await store.get(key: "s1", now: early) == [5])
            try await store.set(key: "old", value: [0], expiresAt: Timestamp(microseconds: 10))
            #expect(try await store.purgeExpired(now: Timestamp(microseconds: 100)) == 1)
            #expect(try await store.get(key: "old", now: Timestamp(microseconds: 0)) == nil)
            try await store.remove(key: "s1")
            #expect(try await store.get(key: "s1", now: early) == nil)
        }
    }
}
