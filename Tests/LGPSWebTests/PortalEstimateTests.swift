import Foundation
import HummingbirdTesting
import LGPSPortal
import LGPSRules
import LGPSStorage
import Testing

/// The member's estimate modeller: benefits at a chosen date from the engine, the lump sum trade-off at 12:1,
/// the assumptions, field errors (VAL-1), other members' records (AC-3) and the fund's CETV setting.
/// The fixture's member was born on 28 February 1970; the test clock's today is 22 November 2026.
@Suite("Web: portal estimate")
struct PortalEstimateTests {
    /// Signs in the fixture's member A and returns the path of their record's estimate page.
    static func signedIn(_ env: WebEnvironment) async throws -> String {
        let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
        _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
        return "/portal/records/\(env.fixture.recordA.record.id)/estimate"
    }

    static func query(day: Int, month: Int, year: Int, lumpSum: String = "") -> String {
        "?date-day=\(day)&date-month=\(month)&date-year=\(year)&payGrowth=2.5&inflation=2&section=main&lumpSum=\(lumpSum)"
    }

    @Test("The first visit shows the form with the default assumptions and no estimate", arguments: WebBackend.all)
    func firstVisit(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let response = try await env.browser.get(try await Self.signedIn(env))
            #expect(response.status == .ok)
            #expect(response.text.contains("value=\"2.5\""))
            #expect(response.text.contains("value=\"2\""))
            #expect(response.text.contains("These are assumptions, not promises"))
            #expect(!response.text.contains("Lump sum choices on this date"))
        }
    }

    @Test("A member gets an estimate at a chosen date with a lump sum: £5,000 gives up £416.67 a year")
    func estimateWithLumpSum() async throws {
        try await WebTest.run(.sqlite) { env in
            let path = try await Self.signedIn(env)
            let response = try await env.browser.get(path + Self.query(day: 1, month: 6, year: 2030, lumpSum: "5000"))
            #expect(response.status == .ok)
            #expect(response.text.contains("If you take your pension on 1 June 2030"))
            #expect(response.text.contains("Yearly pension"))
            #expect(response.text.contains("Pension you give up (lump sum ÷ 12)"))
            #expect(response.text.contains("£416.67 a year"))
            #expect(response.text.contains("£5,000.04"))
            #expect(response.text.contains("Lump sum choices on this date"))
            #expect(response.text.contains("<th scope=\"row\">The most</th>"))
            #expect(response.text.contains("reduced by"))  // before normal pension age
            #expect(response.text.contains("McCloud underpin"))
            #expect(response.text.contains("These are assumptions, not promises"))
        }
    }

    @Test("More pay growth never gives a smaller pension at the same date")
    func payGrowthMatters() async throws {
        try await WebTest.run(.sqlite) { env in
            let path = try await Self.signedIn(env)
            func pension(_ growth: String) async throws -> String {
                let text = try await env.browser.get(path + "?date-day=1&date-month=6&date-year=2035&payGrowth=\(growth)").text
                let start = try #require(text.range(of: "Yearly pension</dt><dd class=\"summary-list__value\">"))
                return String(text[start.upperBound...].prefix { $0 != " " })
            }
            let flat = try await pension("0"), growing = try await pension("5")
            let pence = { (text: String) in Money(pounds: text)?.pence ?? 0 }
            #expect(pence(growing) > pence(flat))
        }
    }

    /// Record A with a leaving date (31 March 2025): the member has left and their benefits are deferred.
    static func leave(_ env: WebEnvironment) async throws {
        var record = env.fixture.recordA.record
        record.leftOn = CalendarDate(2025, 3, 31)
        _ = try await env.database.repositories.records.update(record, actor: .system("tests"))
    }

    static func yearlyPension(_ text: String) -> Int64? {
        guard let start = text.range(of: "Yearly pension</dt><dd class=\"summary-list__value\">") else { return nil }
        return Money(pounds: String(text[start.upperBound...].prefix { $0 != " " }))?.pence
    }

    @Test("A deferred member's estimate assumes only inflation: pay growth makes no difference, later is not less")
    func deferred() async throws {
        try await WebTest.run(.sqlite) { env in
            try await Self.leave(env)
            let path = try await Self.signedIn(env)
            let form = try await env.browser.get(path)
            #expect(form.text.contains("You have left the scheme"))
            #expect(!form.text.contains("Section for future pay"))
            func pension(year: Int, growth: String) async throws -> Int64 {
                let text = try await env.browser.get(
                    path + "?date-day=1&date-month=6&date-year=\(year)&payGrowth=\(growth)&inflation=2&section=main").text
                return try #require(Self.yearlyPension(text))
            }
            let flat = try await pension(year: 2035, growth: "0"), growing = try await pension(year: 2035, growth: "9")
            #expect(flat == growing && flat > 0)
            #expect(try await pension(year: 2036, growth: "0") >= flat)
        }
    }

    @Test("A pensioner's record offers no estimate: the pension is already being paid")
    func pensioner() async throws {
        try await WebTest.run(.sqlite) { env in
            try await PortalBankDetailsTests.makePensioner(env)  // a second record, in payment
            _ = try await Self.signedIn(env)
            let records = try await env.database.repositories.records.summaries(fundID: env.fixture.fundA.id,
                                                                                personID: env.fixture.personA.id)
            let paid = try #require(records.first { $0.status == .pensioner }).recordID
            let page = try await env.browser.get("/portal/records/\(paid)/estimate" + Self.query(day: 1, month: 6, year: 2030))
            #expect(page.status == .ok)
            #expect(page.text.contains("Your pension is already being paid, so there is nothing to estimate."))
            #expect(!page.text.contains("Yearly pension") && !page.text.contains("name=\"payGrowth\""))
        }
    }

    @Test("A date before the 55th birthday, after the 75th or before today gets a field error and status 422")
    func dateOutOfRange() async throws {
        try await WebTest.run(.sqlite) { env in
            let path = try await Self.signedIn(env)
            let early = try await env.browser.get(path + Self.query(day: 1, month: 1, year: 2024))
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains("Retirement date must be on or after your 55th birthday, 28 February 2025"))
            #expect(early.text.contains("href=\"#date-day\""))
            let late = try await env.browser.get(path + Self.query(day: 1, month: 3, year: 2045))
            #expect(late.status == .unprocessableContent)
            #expect(late.text.contains("Retirement date must be on or before your 75th birthday, 28 February 2045"))
            let past = try await env.browser.get(path + Self.query(day: 1, month: 1, year: 2026))
            #expect(past.status == .unprocessableContent)
            #expect(past.text.contains("Retirement date must be today or in the future"))
            let rate = try await env.browser.get(path + "?date-day=1&date-month=6&date-year=2030&payGrowth=lots")
            #expect(rate.status == .unprocessableContent)
            #expect(rate.text.contains("Pay growth must be a percentage, like 2.5"))
        }
    }

    @Test("A lump sum over the most available gets a field error naming the most")
    func lumpSumOverMaximum() async throws {
        try await WebTest.run(.sqlite) { env in
            let path = try await Self.signedIn(env)
            let response = try await env.browser.get(path + Self.query(day: 1, month: 6, year: 2030, lumpSum: "9999999"))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Lump sum must be £"))
            #expect(response.text.contains("or less, the most you can take on 1 June 2030"))
        }
    }

    @Test("Another member's record id answers 404 and is logged (AC-3)", arguments: WebBackend.all)
    func otherMembersRecord(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            _ = try await Self.signedIn(env)
            for id in [env.fixture.recordB.record.id, 999_999] {
                let response = try await env.browser.get("/portal/records/\(id)/estimate" + Self.query(day: 1, month: 6, year: 2030))
                #expect(response.status == .notFound)
                #expect(!response.text.contains("Brookfield"))
            }
            #expect(env.logs.text.contains("event=security.authorization.refused"))
        }
    }

    @Test("The transfer value section shows only when the fund offers quotes for the record's status")
    func cetvFollowsSetting() async throws {
        try await WebTest.run(.sqlite) { env in
            let path = try await Self.signedIn(env)
            let standard = try await env.browser.get(path)
            #expect(!standard.text.contains("Get a transfer value quote"))  // the standard setting: deferred only
            try await env.database.repositories.portalSettings.save(
                fundID: env.fixture.fundA.id, json: #"{"cetvStatuses": ["active", "deferred"]}"#, actor: .system("tests"))
            let offered = try await env.browser.get(path)
            #expect(offered.text.contains("Get a transfer value quote"))
            #expect(offered.text.contains("href=\"/portal/messages/new?topic=cetv\""))
            try await env.database.repositories.portalSettings.save(
                fundID: env.fixture.fundA.id, json: #"{"cetvStatuses": []}"#, actor: .system("tests"))
            #expect(!(try await env.browser.get(path)).text.contains("Get a transfer value quote"))
        }
    }

    @Test("Signed out, the estimate page sends the visitor to the portal sign-in (AC-2)")
    func signedOut() async throws {
        try await WebTest.run(.sqlite) { env in
            let response = try await env.browser.get("/portal/records/\(env.fixture.recordA.record.id)/estimate")
            #expect(response.headers[.location] == "/portal/sign-in")
        }
    }
}
