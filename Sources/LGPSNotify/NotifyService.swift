import LGPSStorage
import Logging
import ServiceLifecycle

/// Runs the sender, and now and then the delivery poller, beside the web server (`lgps serve`, `lgps demo`)
/// until graceful shutdown (a send in flight is finished and settled first). A pass that sent a full batch is followed at once by another; otherwise it waits
/// a few seconds, longer after a rate limit, and an hour after Notify refused the key (logged as critical each
/// time, so someone notices).
public struct NotifyService: Service {
    /// The pause between passes that found little to send.
    public static let idlePause: Duration = .seconds(5)
    /// The pause after Notify refused the API key.
    public static let refusedKeyPause: Duration = .seconds(60 * 60)
    /// How often sent emails without a final report are asked about.
    public static let pollEvery: Duration = .seconds(60 * 60)

    let sender: NotifySender
    let poller: DeliveryPoller
    let clock: any WallClock
    let logger: Logger

    public init(sender: NotifySender, poller: DeliveryPoller, clock: any WallClock, logger: Logger) {
        self.sender = sender
        self.poller = poller
        self.clock = clock
        self.logger = logger
    }

    public func run() async throws {
        logger.info("Sending queued emails through GOV.UK Notify", metadata: ["event": "notify.started"])
        var sincePoll: Duration = Self.pollEvery
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            var pause = Self.idlePause
            do {
                if sincePoll >= Self.pollEvery {
                    _ = try await poller.pollOnce()
                    sincePoll = .zero
                }
                let tally = try await sender.sendBatch()
                if tally.unauthorised {
                    pause = Self.refusedKeyPause
                } else if let until = tally.waitUntil {
                    pause = .microseconds(max(0, until.microseconds - clock.now().microseconds))
                } else if tally.handled >= NotifySender.batchSize {
                    pause = .zero
                }
            } catch {
                logger.error("Sending emails failed; trying again shortly", metadata: [
                    "event": "notify.pass_failed", "error": "\(String(describing: error))"])
            }
            sincePoll += pause
            // Only the pause is cut short by shutdown: a send in flight finishes and is settled.
            let wait = pause
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: wait) }
        }
    }
}
