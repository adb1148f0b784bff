import Foundation
import Hummingbird
import HummingbirdTesting
import LGPSPortal
import LGPSStorage
import Testing

/// A member's sessions: listed and ended from the security page (SESS-5), limited in number (SESS-7), ended by a
/// password change or reset (SESS-5) and by signing out.
@Suite("Web: portal sessions")
struct PortalSessionsTests {
    /// Signs a new browser in; each sign-in needs its own 30-second step (AUTH-12), so the clock moves on first.
    static func signedIn(_ env: WebEnvironment, _ secret: TOTPSecret, agent: String? = nil) async throws -> Browser {
        env.clock.advance(seconds: 31)
        let browser = env.newBrowser()
        let reply = try await PortalSignInTests.signIn(env, browser, secret: secret)
        #expect(reply.headers[.location] == "/portal/home")
        return browser
    }

    static func sessionIDs(_ html: String) -> [String] {
        html.components(separatedBy: "/portal/security/sessions/").dropFirst()
            .map { String($0.prefix { $0 != "/" }) }.filter { $0 != "others" }
    }

    @Test("SESS-5: the security page lists the member's sessions and ends another one, which then stops working",
          arguments: WebBackend.all)
    func listAndEnd(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            let laptop = try await Self.signedIn(env, secret)
            let phone = try await Self.signedIn(env, secret)
            let page = try await laptop.get("/portal/security")
            #expect(page.status == .ok)
            #expect(page.text.contains("Where you are signed in"))
            #expect(page.text.contains("This device"))
            let others = Self.sessionIDs(page.text)
            #expect(others.count == 1)  // the phone; the laptop's own row has no button
            let end = try await laptop.post("/portal/security/sessions/\(try #require(others.first))/end", form: [])
            #expect(end.headers[.location] == "/portal/security#sessions")
            #expect(try await phone.get("/portal/home").headers[.location] == "/portal/sign-in")
            #expect(try await laptop.get("/portal/home").status == .ok)
            // Ending it again, or a made-up id, is not found (AC-3).
            let again = try await laptop.post("/portal/security/sessions/\(try #require(others.first))/end", form: [])
            #expect(again.status == .notFound)
            #expect(env.logs.text.contains("event=portal.session.ended"))
        }
    }

    @Test("AC-3: a member cannot end another member's session; their own current one is not offered")
    func otherMembersSession() async throws {
        try await WebTest.run(.sqlite) { env in
            let fixture = PortalFixture(env: env)
            let archer = try await fixture.account(for: env.fixture.personA)
            let bowman = try await fixture.account(for: env.fixture.personB, email: "bowman@example.com")
            let archerBrowser = try await Self.signedIn(env, archer)
            env.clock.advance(seconds: 31)
            let bowmanBrowser = env.newBrowser()
            try await bowmanBrowser.get("/portal/sign-in")
            _ = try await bowmanBrowser.post("/portal/sign-in", form: [("email", "bowman@example.com"),
                                                                        ("password", PortalFixture.password)])
            let signed = try await bowmanBrowser.post("/portal/sign-in/code", form: [("code", bowman.code(at: env.clock.now()))])
            #expect(signed.headers[.location] == "/portal/home")
            let bowmanSessions = try await env.database.repositories.portalSessions.live(
                accountID: try #require(try await env.database.repositories.portalAccounts.find(email: "bowman@example.com")).id,
                window: PortalSessionWindow(usedSince: .init(microseconds: 0), begunSince: .init(microseconds: 0)))
            let target = try #require(bowmanSessions.first).id
            try await archerBrowser.get("/portal/security")
            let refused = try await archerBrowser.post("/portal/security/sessions/\(target)/end", form: [])
            #expect(refused.status == .notFound)
            #expect(try await bowmanBrowser.get("/portal/home").status == .ok)
            // Bowman's own current session cannot be "ended elsewhere" from itself.
            try await bowmanBrowser.get("/portal/security")
            let own = try await bowmanBrowser.post("/portal/security/sessions/\(target)/end", form: [])
            #expect(own.status == .notFound)
        }
    }

    @Test("SESS-7: a sixth sign-in ends the least recently used session, so at most five run at once",
          arguments: WebBackend.all)
    func limit(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            var browsers: [Browser] = []
            for _ in 1...5 { browsers.append(try await Self.signedIn(env, secret)) }
            // The first browser is now the least recently used (each request after a minute's quiet is noted).
            let sixth = try await Self.signedIn(env, secret)
            #expect(try await browsers[0].get("/portal/home").headers[.location] == "/portal/sign-in")
            for browser in browsers.dropFirst() { #expect(try await browser.get("/portal/home").status == .ok) }
            #expect(try await sixth.get("/portal/home").status == .ok)
            let listed = Self.sessionIDs(try await sixth.get("/portal/security").text)
            #expect(listed.count == 4)  // five live: four others plus this one
            #expect(env.logs.text.contains("event=portal.session.limit"))
        }
    }

    @Test("SESS-5: changing the password signs out the other devices when the member leaves the box ticked")
    func passwordChange() async throws {
        try await WebTest.run(.sqlite) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            let laptop = try await Self.signedIn(env, secret)
            let phone = try await Self.signedIn(env, secret)
            let tablet = try await Self.signedIn(env, secret)
            let page = try await laptop.get("/portal/security")
            #expect(page.text.contains("name=\"endOtherSessions\""))
            let kept = try await laptop.post("/portal/security/password", form: [
                ("currentPassword", PortalFixture.password), ("newPassword", "another long towpath passphrase")])
            #expect(kept.headers[.location] == "/portal/security")
            #expect(try await phone.get("/portal/home").status == .ok)  // box not ticked: nothing ended
            try await laptop.get("/portal/security")
            let ended = try await laptop.post("/portal/security/password", form: [
                ("currentPassword", "another long towpath passphrase"), ("newPassword", "a third long towpath passphrase"),
                ("endOtherSessions", "yes")])
            #expect(ended.headers[.location] == "/portal/security")
            #expect(try await phone.get("/portal/home").headers[.location] == "/portal/sign-in")
            #expect(try await tablet.get("/portal/home").headers[.location] == "/portal/sign-in")
            #expect(try await laptop.get("/portal/home").status == .ok)
        }
    }

    @Test("SESS-5: a password reset ends every session; signing out ends this one for good")
    func resetAndSignOut() async throws {
        try await WebTest.run(.sqlite) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            let laptop = try await Self.signedIn(env, secret)
            let phone = try await Self.signedIn(env, secret)
            let cookie = try #require(phone.sessionID)
            try await phone.get("/portal/home")
            let out = try await phone.post("/portal/sign-out", form: [])
            #expect(out.headers[.location] == "/portal/sign-in?signed-out=1")
            let stale = env.newBrowser()
            var headers = HTTPFields()
            headers[.cookie] = "lgps_session=\(cookie)"
            #expect(try await stale.get("/portal/home", headers: headers).headers[.location] == "/portal/sign-in")
            let reset = env.newBrowser()
            try await reset.get("/portal/forgotten-password")
            _ = try await reset.post("/portal/forgotten-password", form: [("email", PortalFixture.email)])
            let sent = try await env.database.repositories.notifications.list(fundID: env.fixture.fundA.id,
                                                                             personID: env.fixture.personA.id, limit: 10)
            let link = try #require(sent.first { $0.template == "password-reset" }?.personalisation["link"])
            try await reset.get(link)
            let token = String(link.split(separator: "=").last ?? "")
            let done = try await reset.post("/portal/reset-password", form: [("token", token),
                                                                          ("password", "a brand new towpath passphrase")])
            #expect(done.headers[.location] == "/portal/sign-in?password-changed=1")
            #expect(try await laptop.get("/portal/home").headers[.location] == "/portal/sign-in")
            #expect(env.logs.text.contains("sessions_ended=1"))
        }
    }
}
