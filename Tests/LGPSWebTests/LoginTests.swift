import Hummingbird
import HummingbirdTesting
import LGPSStorage
import Testing

/// Staff sign-in and sign-out (AUTH-10, AUTH-14, SESS-2, SESS-4, SESS-8, LOG-3).
@Suite("Web: signing in and out")
struct LoginTests {
    @Test("A staff user signs in with the right password and lands on search", arguments: WebBackend.all)
    func signInSucceeds(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let response = try await env.browser.signIn(email: env.fixture.staffA.email)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/search")
            let search = try await env.browser.get("/search")
            #expect(search.status == .ok)
            #expect(search.text.contains("Signed in as Alice Officer"))
            #expect(env.logs.text.contains("event=staff.login.succeeded"))
        }
    }

    @Test("Unknown email and wrong password get the same status and body (AUTH-10)", arguments: WebBackend.all)
    func identicalFailures(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.get("/login")
            let unknown = try await env.browser.post("/login", form: [("email", "nobody@fund-a.example"), ("password", "whatever it is")])
            let wrong = try await env.browser.post("/login", form: [("email", env.fixture.staffA.email), ("password", "not the password")])
            #expect(unknown.status == .unauthorized)
            #expect(wrong.status == unknown.status)
            #expect(wrong.text == unknown.text)
            #expect(wrong.text.contains("Enter a correct email address and password"))
            #expect(env.logs.text.contains("reason=unknown_account"))
            #expect(env.logs.text.contains("reason=wrong_password"))
        }
    }

    @Test("Passwords are never logged, and neither are emails (LOG-3, DATA-3)", arguments: WebBackend.all)
    func noSecretsInLogs(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.get("/login")
            try await env.browser.post("/login", form: [("email", env.fixture.staffA.email), ("password", "a wrong secret")])
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/search?q=QQ123456A")
            let logs = env.logs.text
            #expect(!logs.contains("a wrong secret"))
            #expect(!logs.contains(WebFixture.password))
            #expect(!logs.contains(env.fixture.staffA.email))
            #expect(!logs.contains("QQ123456A"))
            #expect(!logs.contains(env.browser.sessionID ?? "no session"))
            #expect(logs.contains("route=/search"))
            #expect(logs.contains("hb.request.id="))
        }
    }

    @Test("The session cookie is HttpOnly, SameSite=Lax, Path=/ and has no Domain (SESS-8)", arguments: WebBackend.all)
    func cookieFlags(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let response = try await env.browser.signIn(email: env.fixture.staffA.email)
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("lgps_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.lowercased().contains("domain="))
            #expect((env.browser.sessionID ?? "").count >= 43)  // 256 random bits (SESS-1)
        }
    }

    @Test("Over HTTPS the cookie is Secure with the __Host- prefix (SESS-8)")
    func secureCookie() async throws {
        try await WebTest.run(.sqlite, secure: true) { env in
            let response = try await env.browser.signIn(email: env.fixture.staffA.email)
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("__Host-lgps_session=") })
            #expect(cookie.contains("Secure"))
            #expect(cookie.contains("Path=/"))
            #expect(try await env.browser.get("/search").status == .ok)
        }
    }

    @Test("The pre-login session id stops working after sign-in, which needs the security code too (SESS-2, AUTH-11)", arguments: WebBackend.all)
    func newSessionAtLogin(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.get("/login")
            let before = try #require(env.browser.sessionID)
            let password = try await env.browser.post("/login", form: [("email", env.fixture.staffA.email),
                                                                       ("password", WebFixture.password)])
            // The password alone signs nobody in: a first sign-in sets up the authenticator.
            #expect(password.headers[.location] == "/login/set-up-authenticator")
            #expect(try await env.browser.get("/search").headers[.location] == "/login")
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let after = try #require(env.browser.sessionID)
            #expect(before != after)
            #expect(try await env.browser.get("/search").status == .ok)
            let user = try #require(try await env.database.repositories.staff.find(email: env.fixture.staffA.email))
            #expect(user.totpSecretSealed != nil)  // sealed (CRYPTO-3), never the key itself
            let stale = env.newBrowser()
            stale.sessionID = before
            #expect(try await stale.get("/search").headers[.location] == "/login")
        }
    }

    @Test("Signing out destroys the session on the server (SESS-4)", arguments: WebBackend.all)
    func signOutKillsSession(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let sessionID = try #require(env.browser.sessionID)
            try await env.browser.get("/search")
            let out = try await env.browser.post("/logout", form: [])
            #expect(out.status == .seeOther)
            let replay = env.newBrowser()
            replay.sessionID = sessionID
            let page = try await replay.get("/search")
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login")
            let stored = try await env.database.repositories.keyValues.get(key: "session." + sessionID, now: env.clock.now())
            #expect(stored == nil)
        }
    }

    @Test("A session ends after 15 minutes idle (SESS-3)", arguments: WebBackend.all)
    func idleTimeout(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            env.clock.advance(seconds: 14 * 60)
            let active = try await env.browser.get("/search")
            #expect(active.status == .ok)
            #expect(active.headers[values: .setCookie].contains { $0.hasPrefix("lgps_session=") })  // expiry renewed
            env.clock.advance(seconds: 14 * 60)
            #expect(try await env.browser.get("/search").status == .ok)  // activity slides the idle timeout
            env.clock.advance(seconds: 16 * 60)
            #expect(try await env.browser.get("/search").headers[.location] == "/login")
        }
    }

    @Test("A session ends after 10 hours however active (SESS-3)")
    func absoluteTimeout() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            for _ in 0..<41 {
                env.clock.advance(seconds: 14 * 60 + 50)
                _ = try await env.browser.get("/search")
            }
            #expect(try await env.browser.get("/search").headers[.location] == "/login")
        }
    }

    @Test("A login form without the CSRF token is refused (SESS-9)", arguments: WebBackend.all)
    func loginNeedsToken(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.get("/login")
            let response = try await env.browser.post("/login", form: [("email", env.fixture.staffA.email),
                                                                       ("password", WebFixture.password)], csrf: false)
            #expect(response.status == .forbidden)
            #expect(try await env.browser.get("/search").status == .seeOther)
        }
    }

    @Test("Missing email and password are asked for")
    func missingFields() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.get("/login")
            let response = try await env.browser.post("/login", form: [("email", ""), ("password", "")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Enter your email address"))
            #expect(response.text.contains("Enter your password"))
        }
    }
}

/// Staff two-factor sign-in (AUTH-11, AUTH-12, AUTH-16).
@Suite("Web: staff security codes")
struct StaffSecondFactorTests {
    @Test("After setting up, each sign-in needs a fresh code; a used or wrong code is refused", arguments: WebBackend.all)
    func codes(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let email = env.fixture.staffA.email
            try await env.browser.signIn(email: email)  // sets up the authenticator
            let other = env.newBrowser()
            try await other.get("/login")
            let first = try await other.post("/login", form: [("email", email), ("password", WebFixture.password)])
            #expect(first.headers[.location] == "/login/code")
            try await other.get("/login/code")
            let wrong = try await other.post("/login/code", form: [("code", "000000")])
            #expect(wrong.status == .unauthorized)
            #expect(try await other.get("/search").headers[.location] == "/login")
            // The code the first browser used, in the same time step, is refused (AUTH-12).
            let used = try #require(env.browser.authenticators.codeNow(email, clock: env.clock))
            let replay = try await other.post("/login/code", form: [("code", used)])
            #expect(replay.status == .unauthorized)
            #expect(env.logs.text.contains("event=staff.login.totp_replayed"))
            let signedIn = try await other.signIn(email: email)
            #expect(signedIn.headers[.location] == "/search")
            #expect(env.logs.text.contains("event=staff.login.succeeded"))
        }
    }
}
