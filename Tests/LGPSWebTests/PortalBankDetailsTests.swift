import Foundation
import Hummingbird
import HummingbirdTesting
import LGPSPortal
import LGPSRules
import LGPSStorage
import Testing

/// Pensioners' bank details in the portal (SESS-6, VAL-1, CRYPTO-3, AUTH-18, AUDIT-1, AC-4).
@Suite("Web: portal bank details")
struct PortalBankDetailsTests {
    /// Gives the fixture member a pension in payment (a second record, as a pensioner).
    static func makePensioner(_ env: WebEnvironment) async throws {
        var record = env.fixture.recordA
        record.record.id = 0
        record.record.memberNumber = "M-AAA-P"
        record.record.statusHistory = [StatusPeriod(status: .pensioner, from: CalendarDate(2020, 1, 1), to: nil)]
        _ = try await env.database.repositories.records.create(record, actor: .system("tests"))
    }

    static func saveMode(_ env: WebEnvironment, _ mode: BankDetailsMode) async throws {
        var settings = PortalSettings.standard
        settings.bankDetails = mode
        try await env.database.repositories.portalSettings.save(
            fundID: env.fixture.fundA.id, json: String(decoding: try JSONEncoder().encode(settings), as: UTF8.self),
            actor: .system("tests"))
    }

    static let form = [("accountName", "Jill Archer"), ("sortCode", "12-34-56"), ("accountNumber", "12345678")]

    @Test("Applied directly: sealed at rest, audited masked, the member emailed", arguments: WebBackend.all)
    func applyDirectly(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await Self.makePensioner(env)
            try await Self.saveMode(env, .applyDirectly)
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            #expect(try await env.browser.get("/portal/bank-details").status == .ok)
            let bad = try await env.browser.post("/portal/bank-details", form: [("accountName", "Jill"), ("sortCode", "12"), ("accountNumber", "123")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("error-summary"))
            let saved = try await env.browser.post("/portal/bank-details", form: Self.form)
            #expect(saved.headers[.location] == "/portal/bank-details")
            let stored = try #require(try await env.database.repositories.bankDetails.details(
                fundID: env.fixture.fundA.id, personID: env.fixture.personA.id, state: .current))
            #expect(stored.masked == "****5678")
            #expect(!stored.sealed.contains("12345678"))  // CRYPTO-3
            #expect(try PortalFixture.cipher.open(stored.sealed).contains("12345678"))
            let history = try await env.database.repositories.audit.history(fundID: env.fixture.fundA.id,
                                                                            entity: "bank_details",
                                                                            entityID: env.fixture.personA.id, limit: 5)
            #expect(history.count == 1)
            let after = try #require(history.first?.after)
            #expect(after.contains("****5678") && !after.contains("12345678"))  // DATA-3
            let sent = try await env.database.repositories.notifications.list(fundID: env.fixture.fundA.id,
                                                                             personID: env.fixture.personA.id, limit: 10)
            #expect(sent.contains { $0.template == "bank-details-changed" })
            // A stale session must confirm who it is first (SESS-6).
            env.clock.advance(seconds: 11 * 60)
            let stale = try await env.browser.post("/portal/bank-details", form: Self.form)
            #expect(stale.headers[.location]?.hasPrefix("/portal/confirm-identity") == true)
        }
    }

    @Test("Checked by staff first: pending, with a work queue task; not offered to members without a pension in payment")
    func staffTask() async throws {
        try await WebTest.run(.sqlite) { env in
            try await Self.saveMode(env, .staffTask)
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            let page = try await env.browser.get("/portal/bank-details")
            #expect(page.text.contains("cannot change bank details online"))
            #expect(try await env.browser.post("/portal/bank-details", form: Self.form).status == .notFound)
            try await Self.makePensioner(env)
            try await env.browser.get("/portal/bank-details")
            _ = try await env.browser.post("/portal/bank-details", form: Self.form)
            let pending = try #require(try await env.database.repositories.bankDetails.details(
                fundID: env.fixture.fundA.id, personID: env.fixture.personA.id, state: .pending))
            let taskID = try #require(pending.taskID)
            let task = try #require(try await env.database.repositories.casework.task(fundID: env.fixture.fundA.id, id: taskID))
            #expect(task.kind == .bankDetails)
            #expect(try await env.database.repositories.bankDetails.details(
                fundID: env.fixture.fundA.id, personID: env.fixture.personA.id, state: .current) == nil)
        }
    }
}
