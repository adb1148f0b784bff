import Hummingbird
import HummingbirdTesting
import LGPSRules
import LGPSStorage
import Testing

/// Staff record a pension debit against a record: a valid one is added after the others with an audit entry and
/// shown on the record page; bad input is refused beside the field with 422 and adds nothing (VAL-1, VAL-2,
/// AUDIT-1). Cross-fund and signed-out access are in `AuthorisationTests`.
@Suite("Web: recording a pension debit")
struct DebitTests {
    /// A pension sharing order with its lump sum and survivor's pension parts, as the form submits it.
    static let validForm: [(String, String)] = [
        ("kind", "pension_sharing"), ("effectiveOn-day", "15"), ("effectiveOn-month", "3"), ("effectiveOn-year", "2024"),
        ("annualAmount", "1,250.50"), ("lumpSumAmount", "£3,751.50"), ("survivorAmount", "625.25"),
        ("cashAmount", ""), ("reference", "PSO 2024/7"),
    ]

    /// `validForm` with `changes` applied.
    static func form(_ changes: [String: String]) -> [(String, String)] {
        validForm.map { name, value in (name, changes[name] ?? value) }
    }

    @Test("A pension sharing debit is added after the others, audited, and shown on the record", arguments: WebBackend.all)
    func added(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let record = env.fixture.recordA.record
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let page = try await env.browser.get("/records/\(record.id)/debits/new")
            #expect(page.status == .ok && page.text.contains("<h1 class=\"heading-l\">Add a pension debit</h1>"))
            let response = try await env.browser.post("/records/\(record.id)/debits/new", form: Self.validForm)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/records/\(record.id)")
            let stored = try #require(try await env.database.repositories.records.get(fundID: record.fundID, id: record.id))
            let added = Debit(kind: .pensionSharing, effectiveOn: CalendarDate(2024, 3, 15),
                              annualAmount: Money(pence: 125_050), cashAmount: nil, lumpSumAmount: Money(pence: 375_150),
                              survivorAnnualAmount: Money(pence: 62_525), reference: "PSO 2024/7")
            #expect(stored.debits == env.fixture.recordA.debits + [added])
            let history = try await env.database.repositories.audit.history(fundID: record.fundID, entity: "pension_record",
                                                                            entityID: record.id, limit: 10)
            let latest = try #require(history.first)
            #expect(latest.action == "debit.add")
            #expect(latest.actor == LGPSStorage.Actor(id: "staff:\(env.fixture.staffA.id)", channel: .staff))
            #expect(latest.after?.contains("\"annual_amount\":125050") == true)
            let shown = try await env.browser.get("/records/\(record.id)")
            #expect(shown.text.contains("Pension sharing order debit added"))
            #expect(shown.text.contains("<td>PSO 2024/7</td>") && shown.text.contains("£1,250.50"))
        }
    }

    @Test("A scheme pays debit is added without lump sum or survivor parts", arguments: WebBackend.all)
    func schemePays(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let record = env.fixture.recordA.record
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/records/\(record.id)/debits/new")
            let response = try await env.browser.post("/records/\(record.id)/debits/new", form: Self.form([
                "kind": "scheme_pays", "lumpSumAmount": "", "survivorAmount": "", "cashAmount": "4000",
                "reference": "AA 2023/24",
            ]))
            #expect(response.status == .seeOther)
            let stored = try #require(try await env.database.repositories.records.get(fundID: record.fundID, id: record.id))
            #expect(stored.debits.last == Debit(kind: .annualAllowanceSchemePays, effectiveOn: CalendarDate(2024, 3, 15),
                                                annualAmount: Money(pence: 125_050), cashAmount: Money(pounds: 4_000),
                                                reference: "AA 2023/24"))
        }
    }

    @Test("Bad input is refused beside each field and adds nothing (VAL-1, VAL-2)", arguments: WebBackend.all)
    func refused(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let record = env.fixture.recordA.record
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/records/\(record.id)/debits/new")
            let cases: [([String: String], String, String, String?)] = [
                (["kind": ""], "kind", "Select what the debit is for", nil),
                (["annualAmount": "12.345"], "annualAmount", "Annual pension debit must be an amount in pounds, like 1250.50", nil),
                (["annualAmount": "0"], "annualAmount", "Annual pension debit must be more than £0", nil),
                (["annualAmount": ""], "annualAmount", "Enter the annual pension debit", nil),
                (["effectiveOn-year": "2031"], "effectiveOn", "Date the debit took effect must be today or in the past",
                 "effectiveOn-day"),
                (["effectiveOn-year": "1990"], "effectiveOn",
                 "Date the debit took effect must be on or after the pensionable start date, 1 September 1995", "effectiveOn-day"),
                (["kind": "scheme_pays"], "lumpSumAmount", "A scheme pays debit has no lump sum debit: leave this empty", nil),
                (["reference": " "], "reference", "Enter the court order or tax charge reference", nil),
            ]
            for (changes, field, message, anchor) in cases {
                let response = try await env.browser.post("/records/\(record.id)/debits/new", form: Self.form(changes))
                EditTests.expectRefused(response, field: field, message: message, anchor: anchor)
            }
            let stored = try await env.database.repositories.records.get(fundID: record.fundID, id: record.id)
            #expect(stored?.debits == env.fixture.recordA.debits)
            #expect(env.logs.text.contains("form=debit"))
        }
    }
}
