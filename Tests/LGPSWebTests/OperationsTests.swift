import Hummingbird
import HummingbirdTesting
import Testing

/// `/healthz`, `/metrics` and the stylesheet.
@Suite("Web: operations")
struct OperationsTests {
    @Test("/healthz answers ok after reading the database", arguments: WebBackend.all)
    func health(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let response = try await env.browser.get("/healthz")
            #expect(response.status == .ok)
            #expect(response.text == #"{"status":"ok"}"#)
        }
    }

    @Test("/metrics counts requests by route pattern and shows the database pool", arguments: WebBackend.all)
    func metrics(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.get("/login")
            try await env.browser.get("/people/12345")
            let text = try await env.browser.get("/metrics").text
            #expect(text.contains(#"http_requests_total{method="GET",route="/login",status="200"} 1"#))
            #expect(text.contains(#"route="/people/{id}""#))
            #expect(!text.contains("/people/12345"))
            #expect(text.contains("http_request_duration_seconds_bucket"))
            #expect(text.contains("database_pool_connections_configured"))
        }
    }

    @Test("The stylesheet is served as CSS")
    func stylesheet() async throws {
        try await WebTest.run(.sqlite) { env in
            let response = try await env.browser.get("/static/app.css")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            #expect(response.text.contains(".skip-link"))
        }
    }

    @Test("Unknown addresses get a 404 page")
    func notFound() async throws {
        try await WebTest.run(.sqlite) { env in
            let response = try await env.browser.get("/no/such/page")
            #expect(response.status == .notFound)
            #expect(response.text.contains("Page not found"))
        }
    }
}
