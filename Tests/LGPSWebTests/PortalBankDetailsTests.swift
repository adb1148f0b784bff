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

    @Test("Staff see the pending details in full on the task, use them or turn them down with a reason; the member is told (AUTH-18)",
          arguments: WebBackend.all)
    func staffDecides(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await Self.saveMode(env, .staffTask)
            try await Self.makePensioner(env)
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            try await env.browser.get("/portal/bank-details")
            _ = try await env.browser.post("/portal/bank-details", form: Self.form)
            let store = env.database.repositories.bankDetails
            let (fund, person) = (env.fixture.fundA.id, env.fixture.personA.id)
            let taskID = try #require(try await store.details(fundID: fund, personID: person, state: .pending)?.taskID)
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            let page = try await staff.get("/work-queue/\(taskID)")
            #expect(page.text.contains("New bank details to check") && page.text.contains("12345678")
                    && page.text.contains("12-34-56"))
            // Another fund's officer cannot decide it (AC-6).
            let other = env.newBrowser()
            try await other.signIn(email: env.fixture.staffB.email)
            try await other.get("/work-queue")
            #expect(try await other.post("/work-queue/\(taskID)/bank-details/apply", form: []).status == .notFound)
            let applied = try await staff.post("/work-queue/\(taskID)/bank-details/apply", form: [])
            #expect(applied.headers[.location] == "/work-queue/\(taskID)")
            #expect(try await store.details(fundID: fund, personID: person, state: .pending) == nil)
            #expect(try await store.details(fundID: fund, personID: person, state: .current)?.masked == "****5678")
            #expect(try await env.database.repositories.casework.task(fundID: fund, id: taskID)?.status == .done)
            #expect(try await env.browser.get("/portal/messages/\(taskID)").text.contains("account ending 5678"))
            let history = try await env.database.repositories.audit.history(fundID: fund, entity: "bank_details",
                                                                            entityID: person, limit: 1)
            #expect(history.first?.action == "apply" && history.first?.actor.channel == .staff)
            // A second change, turned down: a reason is needed, then nothing changes but the member is told.
            try await env.browser.get("/portal/bank-details")
            _ = try await env.browser.post("/portal/bank-details", form: [
                ("accountName", "Jill Archer"), ("sortCode", "65-43-21"), ("accountNumber", "87654321")])
            let second = try #require(try await store.details(fundID: fund, personID: person, state: .pending)?.taskID)
            try await staff.get("/work-queue/\(second)")
            let blank = try await staff.post("/work-queue/\(second)/bank-details/discard", form: [("reason", " ")])
            #expect(blank.status == .unprocessableContent && blank.text.contains("Enter why the new bank details cannot be used"))
            let declined = try await staff.post("/work-queue/\(second)/bank-details/discard", form: [
                ("reason", "We could not confirm the account with you by phone.")])
            #expect(declined.headers[.location] == "/work-queue/\(second)")
            #expect(try await store.details(fundID: fund, personID: person, state: .pending) == nil)
            #expect(try await store.details(fundID: fund, personID: person, state: .current)?.masked == "****5678")
            let sent = try await env.database.repositories.notifications.list(fundID: fund, personID: person, limit: 20)
            #expect(sent.contains { $0.template == "bank-details-applied" })
            #expect(sent.contains { $0.template == "bank-details-declined" })
            #expect(try await staff.post("/work-queue/\(second)/bank-details/apply", form: []).headers[.location]
                == "/work-queue/\(second)")  // nothing waiting any more: told so, nothing applied
            #expect(try await store.details(fundID: fund, personID: person, state: .current)?.masked == "****5678")
        }
    }
}
