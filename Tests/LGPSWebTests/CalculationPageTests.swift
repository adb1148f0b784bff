import Hummingbird
import HummingbirdTesting
import Testing

/// The record's "Calculate" panel: benefits today, at normal pension age and at a chosen date, with the working.
@Suite("Web: calculation page")
struct CalculationPageTests {
    @Test("A signed-in officer sees benefits today and at normal pension age, each with its working", arguments: WebBackend.all)
    func showsWorking(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let response = try await env.browser.get("/records/\(env.fixture.recordA.record.id)/calculate")
            #expect(response.status == .ok)
            #expect(response.text.contains("Benefits today"))
            #expect(response.text.contains("At normal pension age"))
            #expect(response.text.contains("How this was worked out"))
            #expect(response.text.contains("SI 2013/2356"))
            #expect(!response.text.contains("could not be calculated"))
        }
    }

    @Test("A chosen retirement date adds a third column; an impossible date gets a field error and status 422")
    func chosenDate() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let id = env.fixture.recordA.record.id
            let chosen = try await env.browser.get("/records/\(id)/calculate?date-day=1&date-month=6&date-year=2030")
            #expect(chosen.status == .ok)
            #expect(chosen.text.contains("Retiring on 1 June 2030"))
            let bad = try await env.browser.get("/records/\(id)/calculate?date-day=31&date-month=2&date-year=2030")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Retirement date must be a real date"))
        }
    }

    @Test("Another fund's record answers 404 (AC-3)")
    func otherFund() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let response = try await env.browser.get("/records/\(env.fixture.recordB.record.id)/calculate")
            #expect(response.status == .notFound)
        }
    }
}
