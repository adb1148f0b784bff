import AsyncHTTPClient
import Foundation
import LGPSNotify
import LGPSStorage
import Logging
import ServiceLifecycle

/// The demo's GOV.UK Notify: unless `NOTIFY_API_KEY` points the demo at a real (or separately run) Notify, a mock
/// that speaks Notify's protocol runs in the same process on the next port, so the demo's emails are sent,
/// delivered or bounced, and staff see what happened to each (docs/notify.md). Nothing leaves the machine.
struct DemoNotify {
    let configuration: NotifyConfiguration
    let callbackToken: String
    let services: [any Service]

    /// The token the mock sends with its delivery callbacks.
    static let callbackToken = "demo-callback-token"

    /// The mock on `demoPort + 1`, calling back to the demo on `demoPort`; nil when the environment configures
    /// Notify itself.
    static func make(demoPort: Int, logger: Logger) throws -> DemoNotify? {
        guard ProcessInfo.processInfo.environment["NOTIFY_API_KEY"] == nil else { return nil }
        guard let key = NotifyAPIKey(NotifyMockCommand.demoKey) else { return nil }
        var mockLogger = logger
        mockLogger.logLevel = .warning
        let port = demoPort + 1, store = MockNotifyStore(), clock = SystemClock()
        let app = MockNotify(store: store, keys: [key], clock: clock)
            .application(host: "127.0.0.1", port: port, logger: mockLogger)
        let callbacks = MockCallbackLoop(callbacks: MockNotifyCallbacks(
            store: store, http: HTTPClient.shared, url: "http://127.0.0.1:\(demoPort)/notify/delivery-status",
            token: callbackToken, clock: clock, logger: mockLogger), every: NotifyMockCommand.settleEvery)
        let ids = Dictionary(uniqueKeysWithValues: PortalEmailTemplate.all.enumerated().map { index, template in
            (template.name, "00000000-0000-4000-8000-\(String(format: "%012d", index + 1))")
        })
        let configuration = NotifyConfiguration(key: key, baseURL: "http://127.0.0.1:\(port)",
                                                templates: NotifyTemplates(ids: ids),
                                                linkBaseURL: "http://127.0.0.1:\(demoPort)")
        return DemoNotify(configuration: configuration, callbackToken: callbackToken, services: [app, callbacks])
    }
}
