import LGPSRules
import LGPSStorage
import Testing

/// A pension credit record on the staff record page and in the member's portal: the amount credited and the day
/// the pension sharing order took effect; the former spouse's member number for staff only (the two records are
/// separate), and no "joined" or "left" dates for a record with no membership of its own.
@Suite("Web: pension credit records")
struct PensionCreditPagesTests {
    static func addCredit(_ env: WebEnvironment) async throws -> Int64 {
        var member = env.fixture.recordA
        member.record.id = 0
        member.record.memberNumber = "M-CREDIT-1"
        member.record.payrollReference = "PAY-CREDIT-1"
        member.record.jobTitle = "Pension credit member"
        member.record.pensionableStart = CalendarDate(2019, 7, 1)
        member.record.statusHistory = [StatusPeriod(status: .pensionCredit, from: CalendarDate(2019, 7, 1), to: nil)]
        member.service = []
        member.breaks = []
        member.careYears = []
        member.debits = []
        member.mcCloudFacts = []
        member.finalPay = []
        member.pensionCredit = PensionCredit(annualAmount: Money(pence: 2_345_67), transferDay: CalendarDate(2019, 7, 1),
                                             debitedMemberReference: "M-EX-99")
        return try await env.database.repositories.records.create(member, actor: .system("tests")).record.id
    }

    @Test("Staff see the credit and the former spouse's member number; the member sees the credit only")
    func shown() async throws {
        try await WebTest.run(.sqlite) { env in
            let id = try await Self.addCredit(env)
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            let staffPage = try await staff.get("/records/\(id)").text
            #expect(staffPage.contains("£2,345.67 a year") && staffPage.contains("1 July 2019"))
            #expect(staffPage.contains("M-EX-99"))
            // The JSON API carries it too, as the OpenAPI document describes.
            let api = try await staff.get("/api/v1/records/\(id)").text
            let document = try APITests.json(try await staff.get("/api/v1/openapi.json"))
            #expect(try SchemaCheck(document: document).problems(in: api, schema: "Record") == [])
            let record = try APITests.json(try await staff.get("/api/v1/records/\(id)"))
            let credit = try #require(record["pensionCredit"] as? [String: Any])
            #expect(credit["transferDay"] as? String == "2019-07-01" && credit["debitedMemberReference"] as? String == "M-EX-99")
            #expect((credit["annualAmount"] as? [String: Any])?["pence"] as? Int == 234_567)
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            let page = try await env.browser.get("/portal/records/\(id)").text
            #expect(page.contains("Pension credited") && page.contains("£2,345.67 a year"))
            #expect(page.contains("Pension sharing order took effect"))
            #expect(!page.contains("M-EX-99"))
            #expect(!page.contains("Still paying in") && !page.contains("Joined the pension scheme"))
        }
    }
}
