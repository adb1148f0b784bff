import AsyncHTTPClient
import Foundation
import LGPSNotify
import LGPSStorage
import Logging

/// Wires GOV.UK Notify from the environment (docs/notify.md) for `lgps serve`, `lgps demo` and `lgps notify`.
enum NotifySetup {
    /// The configuration in the process environment; nil when `NOTIFY_API_KEY` is not set.
    static func configuration() throws -> NotifyConfiguration? {
        try NotifyConfiguration.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// The callback token Notify sends with delivery receipts (`NOTIFY_CALLBACK_TOKEN`), if set.
    static func callbackToken() -> String? {
        ProcessInfo.processInfo.environment["NOTIFY_CALLBACK_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A client, sender and poller over `database` that share one rate window.
    static func parts(_ configuration: NotifyConfiguration, database: Database, logger: Logger)
        -> (sender: NotifySender, poller: DeliveryPoller) {
        let client = NotifyClient(http: HTTPClient.shared, baseURL: configuration.baseURL, key: configuration.key,
                                  clock: database.clock, logger: logger)
        let rate = NotifyRateLimit()
        let outbox = database.repositories.notifications
        let missing = configuration.templates.missing()
        if !missing.isEmpty {
            logger.warning("Some portal emails have no Notify template and will wait in the outbox", metadata: [
                "event": "notify.templates_missing",
                "variables": "\(missing.map(NotifyTemplates.variable(for:)).joined(separator: ", "))"])
        }
        return (NotifySender(outbox: outbox, notify: client, templates: configuration.templates,
                             linkBaseURL: configuration.linkBaseURL, rate: rate, clock: database.clock, logger: logger),
                DeliveryPoller(outbox: outbox, notify: client, rate: rate, clock: database.clock, logger: logger,
                               fallback: PostalFallback(casework: database.repositories.casework)))
    }

    /// The background sender for `lgps serve`, or nil (logged once) when Notify is not configured: then emails
    /// stay queued, as before.
    static func service(database: Database, logger: Logger) throws -> NotifyService? {
        guard let configuration = try configuration() else {
            logger.notice("GOV.UK Notify is not configured (NOTIFY_API_KEY is not set): portal emails stay queued",
                          metadata: ["event": "notify.off"])
            return nil
        }
        return service(configuration, database: database, logger: logger)
    }

    /// The background sender for `configuration`.
    static func service(_ configuration: NotifyConfiguration, database: Database, logger: Logger) -> NotifyService {
        logger.info("GOV.UK Notify configured", metadata: ["notify": "\(configuration)"])
        let parts = parts(configuration, database: database, logger: logger)
        return NotifyService(sender: parts.sender, poller: parts.poller, clock: database.clock, logger: logger)
    }
}
