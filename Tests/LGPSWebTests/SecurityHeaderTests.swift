import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Security headers on every class of response (SESS-10).
@Suite("Web: security headers")
struct SecurityHeaderTests {
    static let csp = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    @Test("Pages, API, errors and operations routes all carry the security headers (SESS-10)")
    func everyResponse() async throws {
        try await WebTest.run(.sqlite) { env in
            var responses = [try await env.browser.get("/login"), try await env.browser.get("/healthz"),
                             try await env.browser.get("/api/v1/search?q=x"), try await env.browser.get("/nowhere"),
                             try await env.browser.get("/static/app.css")]
            try await env.browser.signIn(email: env.fixture.staffA.email)
            responses.append(try await env.browser.get("/people/\(env.fixture.personA.id)"))
            responses.append(try await env.browser.get("/api/v1/people/\(env.fixture.personA.id)"))
            for response in responses {
                #expect(response.headers[.contentSecurityPolicy] == Self.csp)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                #expect(response.headers[.strictTransportSecurity] == nil)  // plain-HTTP demo configuration
            }
        }
    }

    @Test("Personal pages are never cached and say their charset (SESS-10)")
    func noStore() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            for path in ["/people/\(env.fixture.personA.id)", "/records/\(env.fixture.recordA.record.id)", "/search?q=Archer",
                         "/api/v1/records/\(env.fixture.recordA.record.id)"] {
                let response = try await env.browser.get(path)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.cacheControl] == "no-store", "\(path)")
                #expect(response.headers[.contentType]?.contains("charset=utf-8") == true, "\(path)")
            }
        }
    }

    @Test("Over HTTPS, HSTS is sent for a year including subdomains (SESS-10)")
    func hsts() async throws {
        try await WebTest.run(.sqlite, secure: true) { env in
            let response = try await env.browser.get("/login")
            #expect(response.headers[.strictTransportSecurity] == "max-age=31536000; includeSubDomains")
        }
    }

    @Test("Pages load no scripts at all")
    func noJavaScript() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            for path in ["/login", "/search?q=Pagetest", "/people/\(env.fixture.personA.id)",
                         "/people/\(env.fixture.personA.id)/edit", "/records/\(env.fixture.recordA.record.id)"] {
                #expect(!(try await env.browser.get(path)).text.contains("<script"), "\(path)")
            }
        }
    }
}
