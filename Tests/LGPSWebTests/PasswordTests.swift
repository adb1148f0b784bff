import Foundation
import Hummingbird
import HummingbirdTesting
@testable import LGPSWeb
import Testing

/// Password hashing and the hashing limiter (AUTH-2, AUTH-4, AUTH-14, D.3).
@Suite("Web: passwords")
struct PasswordTests {
    @Test("Hashes are bcrypt with a cost of at least 10, even when asked for less (AUTH-14)")
    func costFloor() {
        #expect(StaffPasswords.hash("correct horse battery staple", cost: 4).hasPrefix("$2b$10$"))
        #expect(WebConfiguration(bcryptCost: 8).bcryptCost == 10)
        #expect(WebConfiguration().bcryptCost == 12)
    }

    @Test("Long passphrases count every byte past bcrypt's 72, and are checked exactly as typed (AUTH-2, AUTH-4)")
    func longPasswords() {
        let long = String(repeating: "pension ", count: 16)  // 128 characters
        let hash = StaffPasswords.hash(long, cost: 10)
        #expect(StaffPasswords.verify(long, hash: hash))
        #expect(!StaffPasswords.verify(long.dropLast() + "X", hash: hash))
        #expect(!StaffPasswords.verify(long.uppercased(), hash: hash))
        #expect(!StaffPasswords.verify(" " + long, hash: hash))
    }

    @Test("A password over 1,024 bytes is refused with the usual message (AUTH-2)")
    func tooLong() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.get("/login")
            let response = try await env.browser.post("/login", form: [
                ("email", env.fixture.staffA.email), ("password", String(repeating: "a", count: 1_025)),
            ])
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("Enter a correct email address and password"))
            #expect(env.logs.text.contains("reason=password_too_long"))
        }
    }

    @Test("The hash limiter runs a few at once and turns away the overflow")
    func limiterOverflow() async throws {
        let limiter = HashLimiter(slots: 1, maximumWaiting: 0)
        let (started, signal) = AsyncStream.makeStream(of: Void.self)
        let (release, open) = AsyncStream.makeStream(of: Void.self)
        async let first: Int = limiter.run {
            signal.yield()
            for await _ in release { break }
            return 1
        }
        for await _ in started { break }
        await #expect(throws: WebError.overloaded) { try await limiter.run { 2 } }
        open.yield()
        #expect(try await first == 1)
        #expect(try await limiter.run { 3 } == 3)
    }

    @Test("The hash limiter queues only while the expected wait is short, and slower hashes shorten the queue (D.3)")
    func limiterWait() async throws {
        // One slot, room for ten waiting, at most 100 ms of expected wait, hashes thought to take 60 ms: one may
        // wait (about 60 ms), a second may not (about 120 ms). No clock is read: the times are given.
        let limiter = HashLimiter(slots: 1, maximumWaiting: 10, maximumWait: .milliseconds(100),
                                  initialEstimate: .milliseconds(60))
        let (started, signal) = AsyncStream.makeStream(of: Void.self)
        let (release, open) = AsyncStream.makeStream(of: Void.self)
        async let first: Int = limiter.run {
            signal.yield()
            for await _ in release { break }
            return 1
        }
        for await _ in started { break }
        #expect(await limiter.expectedWait == .milliseconds(60))
        async let second: Int = limiter.run { 2 }
        while await limiter.expectedWait < .milliseconds(120) { await Task.yield() }
        await #expect(throws: WebError.overloaded) { try await limiter.run { 3 } }
        open.yield()
        #expect(try await first == 1)
        #expect(try await second == 2)
        // Hashes measured slower raise the expected wait: with 300 ms hashes even one waiting is too long.
        let slow = HashLimiter(slots: 1, maximumWaiting: 10, maximumWait: .milliseconds(100),
                               initialEstimate: .milliseconds(60))
        for _ in 0..<30 { await slow.record(.milliseconds(300)) }
        #expect(await slow.expectedWait > .milliseconds(250))
    }

    @Test("An overloaded sign-in answers 503 with Retry-After")
    func overloadedResponse() {
        let response = Problem.overloaded().response()
        #expect(response.status == .serviceUnavailable)
        #expect(response.headers[.retryAfter] == "5")
    }
}
