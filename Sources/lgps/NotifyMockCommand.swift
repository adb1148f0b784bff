import ArgumentParser
import AsyncHTTPClient
import Foundation
import Hummingbird
import LGPSNotify
import LGPSStorage
import Logging
import ServiceLifecycle

/// `lgps notify mock --port N`: a stand-in GOV.UK Notify on this machine for the demo (docs/notify.md). It
/// prints the environment to give `lgps demo` or `lgps serve`, and writes a templates file for it.
struct NotifyMockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mock", abstract: "Run a mock GOV.UK Notify.")
    /// The demo's key: a made-up service and secret, good only against this mock.
    static let demoKey = "openlgps_demo-9a1d0a7e-3c1b-4f6e-8d2a-5b7c9e0f1a2b-6e4f2d1c-8b9a-4c3d-a2e1-f0e9d8c7b6a5"
    /// How often waiting messages are settled and their callbacks sent.
    static let settleEvery: Duration = .seconds(2)

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 9090
    @Option(help: "The service's delivery-status callback URL (none: no callbacks).") var callbackURL: String?
    @Option(help: "The bearer token to send with callbacks.") var callbackToken = "demo-callback-token"
    @Option(help: "Answer 429 beyond this many requests per 60 seconds.") var rateLimit: Int?
    @Option(help: "Where to write the templates file for the demo.") var templatesFile = "./data/notify-mock-templates.txt"

    func run() async throws {
        let logger = commandLogger("lgps.notify.mock")
        guard let key = NotifyAPIKey(Self.demoKey) else { throw ValidationError("The demo key is malformed") }
        let store = MockNotifyStore(rateLimit: rateLimit)
        let clock = SystemClock()
        let app = MockNotify(store: store, keys: [key], clock: clock).application(host: host, port: port, logger: logger)
        try writeTemplates()
        var services: [any Service] = [app]
        if let callbackURL {
            services.append(MockCallbackLoop(callbacks: MockNotifyCallbacks(
                store: store, http: HTTPClient.shared, url: callbackURL, token: callbackToken, clock: clock,
                logger: logger), every: Self.settleEvery))
        }
        FileHandle.standardOutput.write(Data("""
            Mock GOV.UK Notify on http://\(host):\(port). Run the demo with:
              NOTIFY_API_KEY=\(Self.demoKey)
              NOTIFY_BASE_URL=http://\(host):\(port)
              NOTIFY_TEMPLATES_FILE=\(templatesFile)
              NOTIFY_CALLBACK_TOKEN=\(callbackToken)
            Addresses ending @bounce.example bounce, @full.example fail for now, @fault.example fail at Notify.

            """.utf8))
        try await ServiceGroup(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger).run()
    }

    /// A template id for each portal email (any UUID works against the mock).
    func writeTemplates() throws {
        let lines = PortalEmailTemplate.all.enumerated().map { index, template in
            "\(template.name) = 00000000-0000-4000-8000-\(String(format: "%012d", index + 1))"
        }
        let url = URL(fileURLWithPath: templatesFile)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
