import Foundation
import HummingbirdTesting
import LGPSPortal
import LGPSRules
import LGPSStorage
import Testing

/// Registering with an activation key (AUTH-9, AUTH-10, AUTH-1..6, AUTH-12, AUTH-13).
@Suite("Web: portal registration")
struct PortalRegistrationTests {
    /// Step 1 with the fixture member's details, typed loosely (case, spaces, typographic apostrophe-free).
    static func identity(_ key: String, surname: String = "  archer ", nino: String = "qq 12 34 56 a",
                         day: String? = nil) -> [(String, String)] {
        let born = CalendarDate(1970, 2, 28)  // the fixture member's date of birth
        return [("activationKey", key.lowercased().replacingOccurrences(of: "-", with: " ")), ("surname", surname),
                ("dateOfBirth-day", day ?? String(born.day)), ("dateOfBirth-month", String(born.month)),
                ("dateOfBirth-year", String(born.year)), ("nationalInsuranceNumber", nino)]
    }

    @Test("A member registers end to end: key, password, authenticator, recovery codes, signed in", arguments: WebBackend.all)
    func registers(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA
            let key = try await PortalFixture(env: env).key(for: person)
            let browser = env.browser
            try await browser.get("/portal/register")
            var response = try await browser.post("/portal/register", form: Self.identity(key))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/portal/register/account")
            response = try await browser.post("/portal/register/account", form: [
                ("email", "archer@example.com"), ("password", "password12345"), ("confirmPassword", "password12345")])
            #expect(response.status == .unprocessableContent)  // AUTH-6: a common password
            response = try await browser.post("/portal/register/account", form: [
                ("email", "archer@example.com"), ("password", PortalFixture.password),
                ("confirmPassword", PortalFixture.password)])
            #expect(response.headers[.location] == "/portal/register/security")
            let page = try await browser.get("/portal/register/security")
            let secret = try #require(Self.secret(in: page.text))
            response = try await browser.post("/portal/register/security", form: [("code", "000000")])
            #expect(response.status == .unprocessableContent)
            response = try await browser.post("/portal/register/security",
                                              form: [("code", secret.code(at: env.clock.now()))])
            #expect(response.headers[.location] == "/portal/register/recovery-codes")
            let codes = try await browser.get("/portal/register/recovery-codes")
            #expect(codes.text.contains("id=\"recovery-codes\""))
            response = try await browser.post("/portal/register/recovery-codes", form: [])
            #expect(response.headers[.location] == "/portal/home")
            let home = try await browser.get("/portal/home")
            #expect(home.status == .ok)
            #expect(home.text.contains("Your account has been created"))
            #expect(home.text.contains("Librarian"))
            let account = try #require(try await env.database.repositories.portalAccounts.find(email: "archer@example.com"))
            #expect(account.personID == person.id)
            #expect(PasswordHasher.parameters(of: account.passwordHash)?.memoryKiB == 19_456)  // AUTH-14
            #expect(!(account.totpSecretSealed ?? "").contains(secret.base32))  // CRYPTO-3: sealed at rest
            // AUTH-9: the key is single-use.
            let again = env.newBrowser()
            try await again.get("/portal/register")
            let reuse = try await again.post("/portal/register", form: Self.identity(key))
            #expect(reuse.status == .unprocessableContent)
            #expect(reuse.text.contains("already been used"))
        }
    }

    @Test("Wrong details, an unknown key and a wrong date all get the same answer (AUTH-10)")
    func sameAnswer() async throws {
        try await WebTest.run(.sqlite) { env in
            let person = env.fixture.personA
            let key = try await PortalFixture(env: env).key(for: person)
            try await env.browser.get("/portal/register")
            let wrongSurname = try await env.browser.post("/portal/register", form: Self.identity(key, surname: "Archers"))
            let wrongDate = try await env.browser.post("/portal/register", form: Self.identity(key, day: "1"))
            let unknownKey = try await env.browser.post("/portal/register",
                                                         form: Self.identity("ABCD-EFGH-JKMN-PQRS"))
            for response in [wrongSurname, wrongDate, unknownKey] {
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("do not match our records"))
            }
            #expect(Self.summary(wrongSurname.text) == Self.summary(unknownKey.text))
            #expect(Self.summary(wrongSurname.text).contains("do not match"))
        }
    }

    @Test("An expired key is explained only to its holder; a half-done registration resumes", arguments: WebBackend.all)
    func expiredAndResume(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA
            let fixture = PortalFixture(env: env)
            let expired = try await fixture.key(for: person, days: 1)
            env.clock.advance(seconds: 10 * 86_400)  // past the key's expiry (the test clock starts a few days before its "today")
            try await env.browser.get("/portal/register")
            let response = try await env.browser.post("/portal/register", form: Self.identity(expired))
            #expect(response.text.contains("has expired"), "\(response.status) \(response.headers)")
            let key = try await fixture.key(for: person)
            _ = try await env.browser.post("/portal/register", form: Self.identity(key))
            // Coming back later to the start page picks up at the step reached.
            let resumed = try await env.browser.get("/portal/register")
            #expect(resumed.headers[.location] == "/portal/register/account")
            // Steps run in order: a browser without a registration cannot jump ahead.
            let other = env.newBrowser()
            let jump = try await other.get("/portal/register/recovery-codes")
            #expect(jump.headers[.location] == "/portal/register")
            let counts = try await env.database.repositories.registrations.counts(fundID: person.fundID,
                                                                                  since: Timestamp(microseconds: 0))
            #expect(counts.started >= 1)
            #expect(counts.completed == 0)
        }
    }

    /// The authenticator key shown on the setup page.
    static func secret(in html: String) -> TOTPSecret? {
        guard let range = html.range(of: "id=\"totp-key\">") else { return nil }
        let shown = html[range.upperBound...].prefix { $0 != "<" }
        return TOTPSecret(storedValue: String(shown).replacingOccurrences(of: " ", with: ""))
    }

    /// The error summary at the top of the page.
    static func summary(_ html: String) -> Substring {
        guard let start = html.range(of: "<div class=\"error-summary\""), let end = html.range(of: "</ul>") else { return "" }
        return html[start.lowerBound..<end.upperBound]
    }

    static func main(_ html: String) -> Substring {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return "" }
        return html[start.lowerBound..<end.upperBound]
    }
}
