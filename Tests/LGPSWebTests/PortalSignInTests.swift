import Foundation
import Hummingbird
import HummingbirdTesting
import LGPSPortal
import LGPSRules
import LGPSStorage
import Testing

/// Member sign-in with two factors (AUTH-8, AUTH-10..13, SESS-2, LOG-3).
@Suite("Web: portal sign-in")
struct PortalSignInTests {
    /// Signs `browser` in with the password and the authenticator code for now.
    static func signIn(_ env: WebEnvironment, _ browser: Browser, secret: TOTPSecret,
                       email: String = PortalFixture.email) async throws -> TestResponse {
        try await browser.get("/portal/sign-in")
        let first = try await browser.post("/portal/sign-in", form: [("email", email), ("password", PortalFixture.password)])
        #expect(first.headers[.location] == "/portal/sign-in/code")
        return try await browser.post("/portal/sign-in/code", form: [("code", secret.code(at: env.clock.now()))])
    }

    @Test("Password then authenticator code signs in with a new session; the code cannot be used twice", arguments: WebBackend.all)
    func signsIn(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            try await env.browser.get("/portal/sign-in")
            let before = env.browser.sessionID
            let first = try await env.browser.post("/portal/sign-in", form: [
                ("email", " Archer@Example.com "), ("password", PortalFixture.password)])
            #expect(first.headers[.location] == "/portal/sign-in/code")
            // Not signed in yet: the password alone gets nowhere (AUTH-11).
            #expect(try await env.browser.get("/portal/home").headers[.location] == "/portal/sign-in")
            let code = secret.code(at: env.clock.now())
            let second = try await env.browser.post("/portal/sign-in/code", form: [("code", code)])
            #expect(second.headers[.location] == "/portal/home")
            #expect(env.browser.sessionID != before)  // SESS-2
            #expect(try await env.browser.get("/portal/home").status == .ok)
            #expect(env.logs.text.contains("event=portal.login.succeeded"))
            #expect(env.logs.text.contains("factor=totp"))
            // AUTH-12: the same code again, in another browser, is refused and the member told.
            let other = env.newBrowser()
            try await other.get("/portal/sign-in")
            _ = try await other.post("/portal/sign-in", form: [("email", PortalFixture.email), ("password", PortalFixture.password)])
            let replay = try await other.post("/portal/sign-in/code", form: [("code", code)])
            #expect(replay.status == .unauthorized)
            #expect(env.logs.text.contains("event=portal.login.totp_replayed"))
            let sent = try await env.database.repositories.notifications.list(fundID: env.fixture.fundA.id,
                                                                             personID: env.fixture.personA.id, limit: 10)
            #expect(sent.contains { $0.template == "code-replayed" })
        }
    }

    @Test("A wrong password and an unknown email get the same answer (AUTH-10)")
    func sameAnswer() async throws {
        try await WebTest.run(.sqlite) { env in
            try await PortalFixture(env: env).account(for: env.fixture.personA)
            try await env.browser.get("/portal/sign-in")
            let wrong = try await env.browser.post("/portal/sign-in", form: [("email", PortalFixture.email), ("password", "not the password at all")])
            let unknown = try await env.browser.post("/portal/sign-in", form: [("email", "nobody@example.com"), ("password", "not the password at all")])
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(PortalRegistrationTests.main(wrong.text).replacingOccurrences(of: PortalFixture.email, with: "E")
                == PortalRegistrationTests.main(unknown.text).replacingOccurrences(of: "nobody@example.com", with: "E"))
        }
    }

    @Test("The 11th failure in 5 minutes is throttled with Retry-After, but the member's own browser still gets in (AUTH-8)")
    func throttles() async throws {
        try await WebTest.run(.sqlite) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            // The member signs in once from their own browser, which is then a known device.
            let own = env.newBrowser()
            #expect(try await Self.signIn(env, own, secret: secret).headers[.location] == "/portal/home")
            env.clock.advance(seconds: 31)
            let attacker = env.browser
            try await attacker.get("/portal/sign-in")
            for _ in 1...10 {
                let response = try await attacker.post("/portal/sign-in", form: [("email", PortalFixture.email), ("password", "guessing wrongly here")])
                #expect(response.status == .unauthorized)
            }
            let eleventh = try await attacker.post("/portal/sign-in", form: [("email", PortalFixture.email), ("password", PortalFixture.password)])
            #expect(eleventh.status == .tooManyRequests)
            #expect(eleventh.headers[.retryAfter] != nil)
            #expect(env.logs.text.contains("event=security.rate_limited"))
            // The member's own browser is judged on its own record.
            try await own.get("/portal/home")
            try await own.post("/portal/sign-out", form: [])
            #expect(try await Self.signIn(env, own, secret: secret).headers[.location] == "/portal/home")
        }
    }

    @Test("A recovery code signs in once (AUTH-13)")
    func recoveryCode() async throws {
        try await WebTest.run(.sqlite) { env in
            try await PortalFixture(env: env).account(for: env.fixture.personA)
            let code = PortalFixture.recoveryCodes[0]
            for expected in [HTTPResponse.Status.seeOther, .unauthorized] {
                let browser = env.newBrowser()
                try await browser.get("/portal/sign-in")
                _ = try await browser.post("/portal/sign-in", form: [("email", PortalFixture.email), ("password", PortalFixture.password)])
                let response = try await browser.post("/portal/sign-in/recovery-code", form: [("recoveryCode", code.lowercased())])
                #expect(response.status == expected)
            }
        }
    }
}

/// Forgotten passwords and session lifetimes (AUTH-10, AUTH-15, AUTH-18, SESS-3).
@Suite("Web: portal password reset and timeouts")
struct PortalResetTests {
    @Test("A reset link changes the password once but signs nobody in: the security code is still needed (AUTH-15)", arguments: WebBackend.all)
    func resetNeedsSecondFactor(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            try await env.browser.get("/portal/forgotten-password")
            let known = try await env.browser.post("/portal/forgotten-password", form: [("email", PortalFixture.email)])
            let unknown = try await env.browser.post("/portal/forgotten-password", form: [("email", "nobody@example.com")])
            #expect(PortalRegistrationTests.main(known.text) == PortalRegistrationTests.main(unknown.text))  // AUTH-10
            let sent = try await env.database.repositories.notifications.list(fundID: env.fixture.fundA.id,
                                                                             personID: env.fixture.personA.id, limit: 10)
            let link = try #require(sent.first { $0.template == "password-reset" }?.personalisation["link"])
            try await env.browser.get(link)
            let token = String(link.split(separator: "=").last ?? "")
            let weak = try await env.browser.post("/portal/reset-password", form: [("token", token), ("password", "short")])
            #expect(weak.status == .unprocessableContent)
            let newPassword = "a brand new towpath passphrase"
            let reset = try await env.browser.post("/portal/reset-password", form: [("token", token), ("password", newPassword)])
            #expect(reset.headers[.location] == "/portal/sign-in?password-changed=1")
            #expect(try await env.browser.get("/portal/home").headers[.location] == "/portal/sign-in")
            let again = try await env.browser.post("/portal/reset-password", form: [("token", token), ("password", newPassword + "2")])
            #expect(again.status == .gone)  // the link works once
            try await env.browser.get("/portal/sign-in")
            let first = try await env.browser.post("/portal/sign-in", form: [("email", PortalFixture.email), ("password", newPassword)])
            #expect(first.headers[.location] == "/portal/sign-in/code")
            let second = try await env.browser.post("/portal/sign-in/code", form: [("code", secret.code(at: env.clock.now()))])
            #expect(second.headers[.location] == "/portal/home")
            let notices = try await env.database.repositories.notifications.list(fundID: env.fixture.fundA.id,
                                                                                personID: env.fixture.personA.id, limit: 10)
            #expect(notices.contains { $0.template == "password-changed" })  // AUTH-18
        }
    }

    @Test("A member is signed out after 15 minutes idle, and after 12 hours however active (SESS-3)")
    func timeouts() async throws {
        try await WebTest.run(.sqlite) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            env.clock.advance(seconds: 16 * 60)
            #expect(try await env.browser.get("/portal/home").headers[.location] == "/portal/sign-in")
            let active = env.newBrowser()
            env.clock.advance(seconds: 31)
            _ = try await PortalSignInTests.signIn(env, active, secret: secret)
            for _ in 0..<(12 * 6) {  // a request every 10 minutes for 12 hours
                env.clock.advance(seconds: 10 * 60)
                try await active.get("/portal/home")
            }
            env.clock.advance(seconds: 10 * 60)
            #expect(try await active.get("/portal/home").headers[.location] == "/portal/sign-in")
        }
    }
}
