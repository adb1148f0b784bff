import Hummingbird
import HummingbirdTesting
import Testing

/// Signed-out access and cross-fund access (AC-2, AC-3, AC-6, AC-7).
@Suite("Web: authorisation")
struct AuthorisationTests {
    static func staffPages(_ env: WebEnvironment) -> [String] {
        let person = env.fixture.personA.id, record = env.fixture.recordA.record.id
        return ["/", "/search", "/search?q=Archer", "/people/\(person)", "/people/\(person)/edit",
                "/people/\(person)/nominations/edit", "/records/\(record)", "/records/\(record)/edit", "/records/\(record)/calculate",
                "/records/\(record)/debits/new", "/statements", "/statements/runs/1", "/records/\(record)/statements", "/records/\(record)/statements/2025",
                "/records/\(record)/statements/2025/statement.html", "/records/\(record)/statements/2025/statement.pdf"]
    }

    @Test("Every staff page sends a signed-out visitor to sign in", arguments: WebBackend.all)
    func signedOutPages(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            for path in Self.staffPages(env) {
                let response = try await env.browser.get(path)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.headers[.location] == "/login", "\(path)")
            }
            #expect(env.logs.text.contains("event=security.authentication.required"))
        }
    }

    @Test("Signed-out form posts are refused and change nothing (SESS-9)", arguments: WebBackend.all)
    func signedOutPosts(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA, record = env.fixture.recordA.record.id
            for path in ["/people/\(person.id)/edit", "/people/\(person.id)/nominations/edit", "/records/\(record)/edit",
                         "/records/\(record)/debits/new", "/statements/runs", "/logout"] {
                let response = try await env.browser.post(path, form: [("surname", "Forged"), ("csrfToken", "guess")])
                #expect(response.status == .forbidden, "\(path)")
            }
            #expect(try await env.database.repositories.people.get(fundID: person.fundID, id: person.id) == person)
        }
    }

    @Test("Another fund's id and a missing id give the same 404 page (AC-3: no existence oracle)")
    func noExistenceOracle() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let otherFund = try await env.browser.get("/people/\(env.fixture.personB.id)")
            let missing = try await env.browser.get("/people/999999")
            #expect(otherFund.status == .notFound)
            #expect(otherFund.text == missing.text)
            let apiOther = try await env.browser.get("/api/v1/records/\(env.fixture.recordB.record.id)")
            let apiMissing = try await env.browser.get("/api/v1/records/999999")
            #expect(apiOther.text == apiMissing.text)
        }
    }

    @Test("Every API route answers 401 problem+json when signed out", arguments: WebBackend.all)
    func signedOutAPI(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            for path in ["/api/v1/search?q=Archer", "/api/v1/people/\(env.fixture.personA.id)",
                         "/api/v1/records/\(env.fixture.recordA.record.id)"] {
                let response = try await env.browser.get(path)
                #expect(response.status == .unauthorized, "\(path)")
                #expect(response.headers[.contentType] == "application/problem+json", "\(path)")
            }
        }
    }

    @Test("Another fund's people and records answer 404 on every page and API route (AC-6)", arguments: WebBackend.all)
    func otherFundIsNotFound(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let person = env.fixture.personB.id, record = env.fixture.recordB.record.id
            for path in ["/people/\(person)", "/people/\(person)/edit", "/people/\(person)/nominations/edit",
                         "/records/\(record)", "/records/\(record)/edit", "/records/\(record)/debits/new",
                         "/api/v1/people/\(person)",
                         "/api/v1/records/\(record)", "/people/999999", "/records/abc"] {
                let response = try await env.browser.get(path)
                #expect(response.status == .notFound, "\(path)")
                #expect(!response.text.contains("Brookfield"), "\(path)")
            }
            #expect(env.logs.text.contains("event=security.authorization.refused"))
            #expect(env.logs.text.contains("entity_id=\(person)"))
        }
    }

    @Test("Another fund's people cannot be edited, and are left unchanged (AC-6)", arguments: WebBackend.all)
    func otherFundCannotBeEdited(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/search")
            let person = env.fixture.personB.id, record = env.fixture.recordB.record.id
            let edit = try await env.browser.post("/people/\(person)/edit", form: [("surname", "Hacked")])
            let nominations = try await env.browser.post("/people/\(person)/nominations/edit",
                                                         form: [("name1", "X"), ("relationship1", "Y"), ("share1", "100")])
            let recordEdit = try await env.browser.post("/records/\(record)/edit", form: [("jobTitle", "Hacked")])
            let debit = try await env.browser.post("/records/\(record)/debits/new", form: DebitTests.validForm)
            #expect([edit.status, nominations.status, recordEdit.status, debit.status]
                == [.notFound, .notFound, .notFound, .notFound])
            let fundB = env.fixture.fundB.id
            #expect(try await env.database.repositories.people.get(fundID: fundB, id: person) == env.fixture.personB)
            #expect(try await env.database.repositories.people.nominations(fundID: fundB, personID: person).count == 2)
            let stored = try await env.database.repositories.records.get(fundID: fundB, id: record)
            #expect(stored?.record.jobTitle == "Librarian")
            #expect(stored?.debits == env.fixture.recordB.debits)
        }
    }

    @Test("Search only finds people in the user's own fund (AC-6)", arguments: WebBackend.all)
    func searchIsScoped(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let page = try await env.browser.get("/search?q=Brookfield")
            #expect(page.text.contains("No members found"))
        }
    }
}
