import Foundation
import LGPSPortal
import LGPSRules
import Testing

/// `/portal-admin/settings`: the fund's portal choices, including the estimate modeller's starting assumptions,
/// checked field by field (VAL-1) and saved for the staff member's own fund only (AC-6).
@Suite("Web: portal settings form")
struct PortalSettingsPageTests {
    static func form(payGrowth: String, inflation: String) -> [(String, String)] {
        [("registrableStatuses", "active"), ("registrableStatuses", "deferred"), ("cetvStatuses", "deferred"),
         ("bankDetails", "staff_task"), ("showsAnnualAllowance", "yes"), ("dependantMinimumAge", "18"),
         ("estimatePayGrowth", payGrowth), ("estimateInflation", inflation), ("postalKeyLifetimeDays", "60"),
         ("emailLinkLifetimeMinutes", "30"), ("helpText", "Ring us."), ("contactText", "01234 567890")]
    }

    @Test("VAL-1: a rate that is not a percentage, or above 10%, is refused with a message on the field, and nothing is saved")
    func refusesBadRates() async throws {
        try await WebTest.run(.sqlite) { env in
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            _ = try await staff.get("/portal-admin/settings")
            let refused = try await staff.post("/portal-admin/settings", form: Self.form(payGrowth: "lots", inflation: "12"))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Enter pay growth as a percentage, like 2.5"))
            #expect(refused.text.contains("Inflation must be between 0% and 10% a year"))
            #expect(refused.text.contains("href=\"#estimatePayGrowth\""))
            #expect(try await env.database.repositories.portalSettings.settingsJSON(fundID: env.fixture.fundA.id) == nil)
        }
    }

    @Test("Saved assumptions are where the member's estimate starts, for that fund only (AC-6)", arguments: WebBackend.all)
    func savesAssumptions(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            _ = try await staff.get("/portal-admin/settings")
            let saved = try await staff.post("/portal-admin/settings", form: Self.form(payGrowth: "3.25", inflation: "2.5%"))
            #expect(saved.status == .seeOther)
            let page = try await staff.get("/portal-admin/settings").text
            #expect(page.contains("value=\"3.25\"") && page.contains("value=\"2.5\""))
            let json = try #require(try await env.database.repositories.portalSettings.settingsJSON(fundID: env.fixture.fundA.id))
            let settings = try JSONDecoder().decode(PortalSettings.self, from: Data(json.utf8))
            #expect(settings.estimatePayGrowth == Rate(basisPoints: 325))
            #expect(settings.estimateInflation == Rate(basisPoints: 250))
            #expect(try await env.database.repositories.portalSettings.settingsJSON(fundID: env.fixture.fundB.id) == nil)
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            let estimate = try await env.browser.get("/portal/records/\(env.fixture.recordA.record.id)/estimate").text
            #expect(estimate.contains("value=\"3.25\"") && estimate.contains("value=\"2.5\""))
        }
    }
}
