import ArgumentParser
import Foundation
import LGPSNotify
import LGPSStorage
import Logging
import ServiceLifecycle

/// `lgps notify`: sending the portal's emails through GOV.UK Notify (docs/notify.md).
struct NotifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify", abstract: "Send queued emails through GOV.UK Notify and check their delivery.",
        subcommands: [NotifySendCommand.self, NotifyPollCommand.self, NotifyMockCommand.self])
}

/// `lgps notify send [--once]`: sends queued emails, one pass or until stopped.
struct NotifySendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "send", abstract: "Send the queued emails.")
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Send one batch and stop, instead of running until stopped.") var once = false

    func run() async throws {
        let logger = commandLogger("lgps.notify")
        guard let configuration = try NotifySetup.configuration() else {
            throw ValidationError("Set NOTIFY_API_KEY (and the template ids) first: see docs/notify.md")
        }
        try await withDatabase(database, logger: logger) { db in
            let parts = NotifySetup.parts(configuration, database: db, logger: logger)
            guard !once else {
                let tally = try await parts.sender.sendBatch()
                print("Sent \(tally.sent), failed \(tally.failed), to try again \(tally.deferred), "
                      + "put back after a stopped sender \(tally.requeued)")
                return
            }
            let service = NotifyService(sender: parts.sender, poller: parts.poller, clock: db.clock, logger: logger)
            try await ServiceGroup(services: [service], gracefulShutdownSignals: [.sigterm, .sigint],
                                   logger: logger).run()
        }
    }
}

/// `lgps notify poll`: asks Notify about sent emails with no final delivery report (last 7 days).
struct NotifyPollCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "poll",
                                                    abstract: "Ask Notify what became of recently sent emails.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let logger = commandLogger("lgps.notify")
        guard let configuration = try NotifySetup.configuration() else {
            throw ValidationError("Set NOTIFY_API_KEY first: see docs/notify.md")
        }
        let tally = try await withDatabase(database, logger: logger) { db in
            try await NotifySetup.parts(configuration, database: db, logger: logger).poller.pollOnce()
        }
        print("Asked about \(tally.asked), \(tally.changed) changed, \(tally.unanswered) not answered")
    }
}
