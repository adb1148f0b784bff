import Foundation
import Hummingbird
import HummingbirdTesting
import LGPSGenerate
import LGPSRules
import LGPSStatementRun
import LGPSStatements
import LGPSStorage
import Testing

/// The staff statement pages: start a run, follow its progress and report, and read a record's statements.
@Suite("Web: statements")
struct StatementPagesTests {
    /// A generated fund of `members` people in the same database, with an officer; returns the officer's email.
    static func generatedFund(_ env: WebEnvironment, members: Int = 40) async throws -> (email: String, fund: Fund) {
        let repositories = env.database.repositories
        let summary = try await FundGenerator(seed: 11, members: members, batchSize: 40)
            .run(into: repositories.bulk, funds: repositories.funds, employers: repositories.employers) { _ in }
        let email = "carol@generated.example"
        _ = try await repositories.staff.create(
            StaffUser(id: 0, fundID: summary.fund.id, email: email, name: "Carol Officer",
                      passwordHash: WebFixture.passwordHash, role: .officer), actor: .system("tests"))
        return (email, summary.fund)
    }

    /// Follows the run page until it says the run is complete (bounded: the run is small).
    static func waitForCompletion(_ env: WebEnvironment, _ path: String) async throws -> TestResponse {
        for _ in 0..<300 {
            let page = try await env.browser.get(path)
            if page.text.contains("<dd class=\"summary-list__value\">Complete</dd>") { return page }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("The run did not finish")
        return try await env.browser.get(path)
    }

    @Test("An officer starts a run, sees its report with deadlines, then reads a record's stored statement",
          arguments: WebBackend.all)
    func runAndRead(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let (email, fund) = try await Self.generatedFund(env)
            try await env.browser.signIn(email: email)
            let form = try await env.browser.get("/statements")
            #expect(form.status == .ok && form.text.contains("Start a statement run"))
            let started = try await env.browser.post("/statements/runs", form: [("year", "2025"), ("kind", ""),
                                                                               ("pdfs", "none")])
            #expect(started.status == .seeOther)
            let location = try #require(started.headers[.location])
            #expect(location.hasPrefix("/statements/runs/"))
            let report = try await Self.waitForCompletion(env, location)
            #expect(report.text.contains("Statutory deadlines"))
            #expect(report.text.contains("31 August 2026, passed 83 days ago"))
            let runs = try await env.database.repositories.statements.runs(fundID: fund.id, limit: 5)
            let manifest = try await env.database.repositories.statements.manifest(fundID: fund.id,
                                                                                   year: SchemeYear(startYear: 2025))
            #expect(runs.count == 1 && !manifest.isEmpty)
            let record = manifest[0].recordID
            let list = try await env.browser.get("/records/\(record)/statements")
            #expect(list.status == .ok && list.text.contains("/records/\(record)/statements/2025"))
            let page = try await env.browser.get("/records/\(record)/statements/2025")
            #expect(page.status == .ok)
            #expect(page.text.contains("Figures on the statement") && page.text.contains("Show the working"))
            let html = try await env.browser.get("/records/\(record)/statements/2025/statement.html")
            #expect(html.status == .ok)
            #expect(StatementComposer.sha256(Array(html.text.utf8)) == manifest[0].htmlSHA256)
            #expect(html.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
            // The staff page links each note that applied to its text in the stored statement.
            let notes = try await env.database.repositories.statements.statement(fundID: fund.id, recordID: record,
                                                                                 year: SchemeYear(startYear: 2025))
            let letters = try JSONDecoder().decode([StatementNote].self,
                                                   from: Data(try #require(notes).notesJSON.utf8)).map(\.letter)
            #expect(!letters.isEmpty)
            for letter in letters {
                #expect(page.text.contains("href=\"/records/\(record)/statements/2025/statement.html#note-\(letter)\""))
                #expect(html.text.contains("id=\"note-\(letter)\""))
            }
            // The run made no PDFs: the first download makes one and stores it; the second is the stored one.
            let pdf = try await env.browser.get("/records/\(record)/statements/2025/statement.pdf")
            #expect(pdf.status == .ok && pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.text.hasPrefix("%PDF-"))
            let stored = try await env.database.repositories.statements.manifest(fundID: fund.id,
                                                                               year: SchemeYear(startYear: 2025))
            #expect(stored[0].pdfSHA256 != nil && stored[0].htmlSHA256 == manifest[0].htmlSHA256)
            #expect(try await env.browser.get("/records/\(record)/statements/2025/statement.pdf").text == pdf.text)
            // Starting the same run again does not start another.
            let again = try await env.browser.post("/statements/runs", form: [("year", "2025"), ("kind", ""),
                                                                             ("pdfs", "none")])
            #expect(again.headers[.location] == location)
            // Another fund's officer sees none of it (AC-3).
            let other = env.newBrowser()
            try await other.signIn(email: env.fixture.staffA.email)
            #expect(try await other.get(location).status == .notFound)
            #expect(try await other.get("/records/\(record)/statements/2025").status == .notFound)
            #expect(try await other.get("/records/\(record)/statements/2025/statement.html").status == .notFound)
            #expect(try await other.get("/records/\(record)/statements").status == .notFound)
        }
    }

    @Test("A year that has not ended, or no year, gets a field error and starts nothing (VAL-1)")
    func badYear() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/statements")
            for (year, message) in [("", "Enter the Scheme year"), ("2026", "Scheme year must be a year from 2014 to 2025"),
                                    ("twenty", "Scheme year must be a year from 2014 to 2025")] {
                let response = try await env.browser.post("/statements/runs", form: [("year", year), ("pdfs", "none")])
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains(message))
                #expect(response.text.contains("href=\"#year\""))
            }
            let refusedKind = try await env.browser.post("/statements/runs", form: [("year", "2025"), ("kind", "pensioner"),
                                                                                   ("pdfs", "none")])
            #expect(refusedKind.text.contains("Select which statements to produce"))
            #expect(try await env.database.repositories.statements.runs(fundID: env.fixture.fundA.id, limit: 5).isEmpty)
        }
    }
}

