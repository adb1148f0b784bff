import Foundation
import HummingbirdTesting
import LGPSPortal
import LGPSRules
import LGPSStorage
import Testing

/// What a signed-in member can reach and change (AC-2, AC-3, AC-4, SESS-6, AUDIT-1, AUTH-18).
@Suite("Web: portal access")
struct PortalAccessTests {
    static func memberPages(record: Int64) -> [String] {
        ["/portal/home", "/portal/records/\(record)", "/portal/records/\(record)/statements/2025",
         "/portal/records/\(record)/statements/2025/statement.pdf", "/portal/details", "/portal/details/email",
         "/portal/nominations", "/portal/security", "/portal/confirm-identity"]
    }

    @Test("Every member page sends a signed-out visitor, or a member of staff, to the portal sign-in (AC-2)", arguments: WebBackend.all)
    func signedOut(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            for path in Self.memberPages(record: env.fixture.recordA.record.id) {
                #expect(try await env.browser.get(path).headers[.location] == "/portal/sign-in", "\(path)")
                #expect(try await staff.get(path).headers[.location] == "/portal/sign-in", "\(path)")
            }
        }
    }

    @Test("A member's session reaches no staff page or API (AC-2)")
    func memberIsNotStaff() async throws {
        try await WebTest.run(.sqlite) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            for path in AuthorisationTests.staffPages(env) where path != "/" {
                #expect(try await env.browser.get(path).headers[.location] == "/login", "\(path)")
            }
            #expect(try await env.browser.get("/api/v1/people/\(env.fixture.personA.id)").status == .unauthorized)
        }
    }

    @Test("Another member's record ids answer 404 on every member route (AC-3, AC-6)", arguments: WebBackend.all)
    func otherMembersRecords(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let fixture = PortalFixture(env: env)
            let secret = try await fixture.account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            for record in [env.fixture.recordB.record.id, 999_999] {
                for path in Self.memberPages(record: record) where path.contains("/records/") {
                    let response = try await env.browser.get(path)
                    #expect(response.status == .notFound, "\(path)")
                    #expect(!response.text.contains("Brookfield"), "\(path)")
                }
            }
            #expect(try await env.browser.get("/portal/records/\(env.fixture.recordA.record.id)").status == .ok)
            #expect(env.logs.text.contains("event=security.authorization.refused"))
        }
    }

    @Test("A member changes their address; the NI number and name sent alongside are ignored (AC-4, AUDIT-1)", arguments: WebBackend.all)
    func changesAddress(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA
            let secret = try await PortalFixture(env: env).account(for: person)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            try await env.browser.get("/portal/details")
            let response = try await env.browser.post("/portal/details/contact", form: [
                ("addressLine1", "1 New Street"), ("addressLine2", "Borchester"), ("postcode", "BO1 1AA"),
                ("mobilePhone", "07700 900123"), ("nationalInsuranceNumber", "QQ999999D"), ("surname", "Forged")])
            #expect(response.headers[.location] == "/portal/details")
            let saved = try #require(try await env.database.repositories.people.get(fundID: person.fundID, id: person.id))
            #expect(saved.contact.addressLines == ["1 New Street", "Borchester"])
            #expect(saved.surname == person.surname)
            #expect(saved.nationalInsuranceNumber == person.nationalInsuranceNumber)
            let history = try await env.database.repositories.audit.history(fundID: person.fundID, entity: "person",
                                                                            entityID: person.id, limit: 5)
            #expect(history.first?.actor.channel == .portal)
            let bad = try await env.browser.post("/portal/details/contact", form: [("addressLine1", ""), ("postcode", "nonsense")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("error-summary"))
        }
    }

    @Test("Nominations need the member to confirm who they are again after 10 minutes, and send a notice (SESS-6, AUTH-18)", arguments: WebBackend.all)
    func nominations(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA
            let secret = try await PortalFixture(env: env).account(for: person)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            #expect(try await env.browser.get("/portal/nominations").status == .ok)  // fresh from sign-in
            env.clock.advance(seconds: 11 * 60)
            let stale = try await env.browser.get("/portal/nominations")
            #expect(stale.headers[.location]?.hasPrefix("/portal/confirm-identity") == true)
            try await env.browser.get("/portal/confirm-identity?next=%2Fportal%2Fnominations")
            let confirmed = try await env.browser.post("/portal/confirm-identity", form: [
                ("password", PortalFixture.password), ("code", secret.code(at: env.clock.now())),
                ("next", "/portal/nominations")])
            #expect(confirmed.headers[.location] == "/portal/nominations")
            try await env.browser.get("/portal/nominations")
            let bad = try await env.browser.post("/portal/nominations", form: [
                ("name1", "Tom Archer"), ("relationship1", "Son"), ("share1", "60")])
            #expect(bad.status == .unprocessableContent)  // shares must total 100%
            let saved = try await env.browser.post("/portal/nominations", form: [
                ("name1", "Tom Archer"), ("relationship1", "Son"), ("share1", "100")])
            #expect(saved.headers[.location] == "/portal/home")
            let nominations = try await env.database.repositories.people.nominations(fundID: person.fundID, personID: person.id)
            #expect(nominations.map(\.name) == ["Tom Archer"])
            let sent = try await env.database.repositories.notifications.list(fundID: person.fundID, personID: person.id, limit: 10)
            #expect(sent.contains { $0.template == "nominations-changed" })
        }
    }
}
