import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The JSON API: shapes, problem+json errors and the OpenAPI document.
@Suite("Web: JSON API")
struct APITests {
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
    }

    @Test("Search, person and record answer JSON", arguments: WebBackend.all)
    func reads(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let search = try Self.json(try await env.browser.get("/api/v1/search?q=Pagetest&page=2"))
            #expect(search["total"] as? Int == 25)
            #expect((search["items"] as? [Any])?.count == 5)
            let person = try Self.json(try await env.browser.get("/api/v1/people/\(env.fixture.personA.id)"))
            #expect(person["nationalInsuranceNumber"] as? String == "QQ123456A")
            #expect((person["nominations"] as? [Any])?.count == 2)
            let record = try Self.json(try await env.browser.get("/api/v1/records/\(env.fixture.recordA.record.id)"))
            let care = try #require((record["careYears"] as? [[String: Any]])?.first)
            #expect((care["mainPay"] as? [String: Any])?["pence"] as? Int == 2_500_000)
            #expect((care["mainPay"] as? [String: Any])?["formatted"] as? String == "£25,000.00")
        }
    }

    @Test("Bad query parameters answer 400 problem+json with the fields", arguments: WebBackend.all)
    func badParameters(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            for (path, field) in [("/api/v1/search", "q"), ("/api/v1/search?q=Archer&page=-1", "page")] {
                let response = try await env.browser.get(path)
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try Self.json(response)
                #expect(problem["status"] as? Int == 400)
                #expect(problem["title"] is String && problem["type"] is String && problem["detail"] is String)
                let errors = try #require(problem["errors"] as? [[String: String]])
                #expect(errors.first?["field"] == field)
                #expect(errors.first?["message"]?.isEmpty == false)
            }
        }
    }

    @Test("An unknown id answers 404 problem+json", arguments: WebBackend.all)
    func unknownID(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let response = try await env.browser.get("/api/v1/people/987654")
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/problem+json")
            let problem = try Self.json(response)
            #expect(Set(problem.keys) == ["type", "title", "status", "detail"])
            #expect(problem["status"] as? Int == 404)
        }
    }

    @Test("The OpenAPI document is served and describes every API path")
    func openAPI() async throws {
        try await WebTest.run(.sqlite) { env in
            let response = try await env.browser.get("/api/v1/openapi.json")
            #expect(response.status == .ok)
            let document = try Self.json(response)
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: Any])
            #expect(Set(paths.keys).isSuperset(of: ["/api/v1/search", "/api/v1/people/{id}", "/api/v1/records/{id}"]))
        }
    }

    @Test("API responses match the OpenAPI schemas", arguments: WebBackend.all)
    func responsesMatchSchema(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let document = try Self.json(try await env.browser.get("/api/v1/openapi.json"))
            let validator = SchemaCheck(document: document)
            let unauthenticated = try await env.browser.get("/api/v1/people/1")
            #expect(try validator.problems(in: unauthenticated.text, schema: "Problem") == [])
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let cases: [(String, String)] = [
                ("/api/v1/search?q=Archer", "SearchResponse"), ("/api/v1/search?q=Pagetest", "SearchResponse"),
                ("/api/v1/people/\(env.fixture.personA.id)", "Person"),
                ("/api/v1/records/\(env.fixture.recordA.record.id)", "Record"),
                ("/api/v1/records/999999", "Problem"), ("/api/v1/search", "Problem"),
            ]
            for (path, schema) in cases {
                let body = try await env.browser.get(path).text
                #expect(try validator.problems(in: body, schema: schema) == [], "\(path)")
            }
        }
    }
}
