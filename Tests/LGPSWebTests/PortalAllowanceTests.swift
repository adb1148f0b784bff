import LGPSRules
import LGPSStorage
import Testing

/// Annual allowance history (the portal issue: "annual allowance history (where the fund publishes it)"): shown on
/// the member's record when the fund turns it on and has published figures; staff always see it (AC-6 keeps it to
/// the fund's own staff).
@Suite("Web: portal annual allowance history")
struct PortalAllowanceTests {
    static func publish(_ env: WebEnvironment) async throws {
        let record = env.fixture.recordA
        let years = [(2023, Money(pounds: 64_512)), (2024, Money(pence: 1_234_567))].map { year, amount in
            PublishedPensionInput(
                fundID: env.fixture.fundA.id, personID: env.fixture.personA.id, recordID: record.record.id,
                year: PensionInputYear(taxYear: TaxYear(startYear: year), openingPension: Money(pounds: 20_000),
                                       openingLumpSum: Money(pounds: 6_000), closingPension: Money(pounds: 21_000),
                                       closingLumpSum: Money(pounds: 6_000), cpi: Rate(basisPoints: 170),
                                       pensionInputAmount: amount, standardAllowance: Money(pounds: 60_000)),
                publishedAt: env.clock.now(), publishedBy: "tests")
        }
        try await env.database.repositories.annualAllowance.publish(years, actor: .system("tests"))
    }

    @Test("The member's record lists each published tax year, latest first, and says which were over the allowance",
          arguments: WebBackend.all)
    func shown(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            let path = "/portal/records/\(env.fixture.recordA.record.id)"
            #expect(!(try await env.browser.get(path)).text.contains("Pension input amounts by tax year"))
            try await Self.publish(env)
            let page = try await env.browser.get(path).text
            #expect(page.contains("Pension input amounts by tax year"))
            let latest = try #require(page.range(of: "6 April 2024 to 5 April 2025"))
            let earlier = try #require(page.range(of: "6 April 2023 to 5 April 2024"))
            #expect(latest.lowerBound < earlier.lowerBound)
            #expect(page.contains("<td>£12,345.67</td><td>£60,000.00</td><td>No</td>"))
            #expect(page.contains("<td>£64,512.00</td><td>£60,000.00</td><td>Yes</td>"))
            // The fund turns it off: the member no longer sees it, staff still do.
            try await env.database.repositories.portalSettings.save(
                fundID: env.fixture.fundA.id, json: #"{"showsAnnualAllowance": false}"#, actor: .system("tests"))
            #expect(!(try await env.browser.get(path)).text.contains("Pension input amounts by tax year"))
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            let staffPage = try await staff.get("/records/\(env.fixture.recordA.record.id)").text
            #expect(staffPage.contains("Published pension input amounts") && staffPage.contains("£12,345.67"))
        }
    }

    @Test("AC-3: another member's record, with figures published, is not found")
    func otherMember() async throws {
        try await WebTest.run(.sqlite) { env in
            try await Self.publish(env)
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personB)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            #expect(try await env.browser.get("/portal/records/\(env.fixture.recordA.record.id)").status == .notFound)
        }
    }
}
