import Foundation
import Hummingbird
import HummingbirdTesting
import LGPSStorage
import LGPSWeb
import Logging
import Prometheus
import Testing

/// Template overrides and the service lifecycle.
@Suite("Web: configuration")
struct ConfigurationTests {
    @Test("A fund's template in the override folder replaces the built-in one")
    func templateOverride() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lgps-web-override-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "{{<layout}}{{$content}}<h1>Borsetshire Pension Fund staff sign-in</h1>{{/content}}{{/layout}}"
            .write(to: directory.appendingPathComponent("login.mustache"), atomically: true, encoding: .utf8)
        try await WebBackend.sqlite.withDatabase(clock: TestClock()) { database in
            var dependencies = WebDependencies(database: database, logger: Logger(label: "test"),
                                               metrics: PrometheusCollectorRegistry())
            dependencies.services = []
            let app = try await buildApplication(
                configuration: WebConfiguration(bcryptCost: 10, templateOverrideDirectory: directory.path),
                dependencies: dependencies)
            try await app.test(.router) { client in
                let page = try await client.execute(uri: "/login", method: .get)
                #expect(String(buffer: page.body).contains("Borsetshire Pension Fund staff sign-in"))
            }
        }
    }

    @Test("The database service closes the database when the application stops")
    func gracefulShutdown() async throws {
        try await WebBackend.sqlite.withDatabase(clock: TestClock()) { database in
            let dependencies = WebDependencies(database: database, logger: Logger(label: "test"),
                                               metrics: PrometheusCollectorRegistry())
            let app = try await buildApplication(configuration: WebConfiguration(bcryptCost: 10),
                                                 dependencies: dependencies)
            try await app.test(.router) { client in
                let response = try await client.execute(uri: "/healthz", method: .get)
                #expect(response.status == .ok)
            }
            await #expect(throws: (any Error).self) { try await database.repositories.funds.all() }
        }
    }

    @Test("The application serves over a real socket with the database service running")
    func liveServer() async throws {
        try await WebBackend.sqlite.withDatabase(clock: TestClock()) { database in
            let dependencies = WebDependencies(database: database, logger: Logger(label: "test"),
                                               metrics: PrometheusCollectorRegistry())
            let app = try await buildApplication(configuration: WebConfiguration(port: 0, bcryptCost: 10),
                                                 dependencies: dependencies)
            try await app.test(.live) { client in
                let health = try await client.execute(uri: "/healthz", method: .get)
                #expect(health.status == .ok)
                let login = try await client.execute(uri: "/login", method: .get)
                #expect(String(buffer: login.body).contains("Sign in to OpenLGPS"))
            }
        }
    }
}
