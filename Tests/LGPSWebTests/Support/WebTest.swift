import Foundation
import Hummingbird
import HummingbirdTesting
import LGPSStorage
import LGPSWeb
import Logging
import Prometheus

/// What a web test gets: a browser on the app, the seeded fixture, the database, the clock and the logs.
struct WebEnvironment: Sendable {
    var browser: Browser
    var fixture: WebFixture
    var database: Database
    var clock: TestClock
    var logs: LogCapture
    var registry: PrometheusCollectorRegistry
    var client: any TestClientProtocol
    /// The work queue's services, with uploads in the test's scratch directory.
    var casework: CaseworkServices?

    /// A second browser with its own cookies.
    func newBrowser() -> Browser {
        Browser(client: client, cookieName: browser.cookieName, clock: clock, authenticators: browser.authenticators)
    }
}

/// Builds the real application over a fresh seeded database and runs `body` against its router.
enum WebTest {
    /// The bearer token GOV.UK Notify's delivery callbacks carry in the tests.
    static let notifyCallbackToken = "fund-callback-token-0123456789abcdef"

    static func run(_ backend: WebBackend, secure: Bool = false,
                    _ body: @escaping @Sendable (WebEnvironment) async throws -> Void) async throws {
        let clock = TestClock()
        try await backend.withDatabase(clock: clock) { database in
            let fixture = try await WebFixture.seed(database)
            let logs = LogCapture()
            let registry = PrometheusCollectorRegistry()
            let uploads = FileManager.default.temporaryDirectory
                .appendingPathComponent("lgps-web-uploads/\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: uploads) }
            var dependencies = WebDependencies(database: database, logger: logs.logger(), metrics: registry,
                                               cipher: PortalFixture.cipher, documentDirectory: uploads)
            dependencies.services = []  // the helper closes the database itself
            dependencies.notifyCallbackToken = notifyCallbackToken  // so every route in RouteInventory is served
            let configuration = WebConfiguration(secureCookies: secure, bcryptCost: 10)
            let app = try await buildApplication(configuration: configuration, dependencies: dependencies)
            let casework = dependencies.casework
            try await app.test(.router) { client in
                let browser = Browser(client: client, cookieName: secure ? "__Host-lgps_session" : "lgps_session",
                                      clock: clock)
                try await body(WebEnvironment(browser: browser, fixture: fixture, database: database, clock: clock,
                                              logs: logs, registry: registry, client: client,
                                              casework: casework))
            }
        }
    }
}
