import ArgumentParser
import Foundation
import Hummingbird
import LGPSStorage
import LGPSWeb
import Logging
import Prometheus

/// `lgps serve`: the staff area, the JSON API, `/healthz` and `/metrics`, until SIGINT or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the web application.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var server: ServerOptions

    func run() async throws {
        let logger = commandLogger("lgps.serve")
        let db = try await database.openMigrated(logger: logger)
        try await Server.run(database: db, options: server, logger: logger, announce: nil)
    }
}

/// Options for serving.
struct ServerOptions: ParsableArguments {
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Flag(help: "Mark cookies Secure and send HSTS (when served over HTTPS behind a proxy).") var secureCookies = false
    @Option(help: "Directory of templates that replace the built-in ones (a fund's own wording).") var templates: String?

    var configuration: WebConfiguration {
        var configuration = WebConfiguration(host: host, port: port, secureCookies: secureCookies)
        configuration.templateOverrideDirectory = templates
        return configuration
    }
}

/// Builds and runs the application with graceful shutdown on SIGINT/SIGTERM (the database closes after the
/// server stops).
enum Server {
    static func run(database: Database, options: ServerOptions, logger: Logger, demoNotify: DemoNotify? = nil,
                    announce: (@Sendable () -> Void)?) async throws {
        var serverLogger = logger
        serverLogger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        var dependencies = WebDependencies(database: database, logger: serverLogger,
                                           metrics: PrometheusCollectorRegistry(), cipher: try DataKey.cipher())
        dependencies.notifyCallbackToken = demoNotify?.callbackToken ?? NotifySetup.callbackToken()
        // Last, so it is the first stopped: a send in flight is settled before the database closes.
        if let demoNotify {
            dependencies.services += demoNotify.services
            dependencies.services.append(NotifySetup.service(demoNotify.configuration, database: database,
                                                             logger: serverLogger))
        } else if let notify = try NotifySetup.service(database: database, logger: serverLogger) {
            dependencies.services.append(notify)
        }
        if let files = dependencies.casework?.files {
            let removed = try await DocumentSweep.run(database, store: files, now: database.clock.now())
            if !removed.isEmpty {
                serverLogger.notice("Removed uploaded files no record refers to", metadata: [
                    "event": "documents.swept", "count": "\(removed.count)"])
            }
        }
        let app = try await buildApplication(configuration: options.configuration, dependencies: dependencies)
        announce?()
        try await app.runService()
    }
}
