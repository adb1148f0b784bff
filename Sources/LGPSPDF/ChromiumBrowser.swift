import Foundation

/// One running headless Chromium: its process, the DevTools connection over its pipe, and its throwaway
/// profile directory. `shutdown` closes the browser, reaps the process and deletes the profile.
final class ChromiumBrowser: Sendable {
    /// The browser process.
    let process: ChromiumProcess
    /// The DevTools protocol connection to it.
    let connection: CDPConnection
    /// The `--user-data-dir` it was given, deleted on shutdown.
    let profileDirectory: String

    private init(process: ChromiumProcess, connection: CDPConnection, profileDirectory: String) {
        self.process = process
        self.connection = connection
        self.profileDirectory = profileDirectory
    }

    /// Whether the browser is still connected (its pipe has not ended).
    var isAlive: Bool { connection.isOpen }

    /// Starts Chromium as `command` says and waits (up to `RendererLimits.launchTimeout`) until it answers on
    /// the pipe; later DevTools calls each have `callTimeout` to be answered. Throws `rendererUnavailable`
    /// when the binary cannot be run or does not speak the DevTools protocol.
    static func launch(_ command: ChromiumCommand, callTimeout: Duration) async throws -> ChromiumBrowser {
        let profile = try makeProfileDirectory()
        let process: ChromiumProcess
        let commands: Int32
        let replies: Int32
        do {
            (process, commands, replies) = try spawn(command, profile: profile)
        } catch {
            try? FileManager.default.removeItem(atPath: profile)
            throw error
        }
        let connection = CDPConnection(commands: commands, replies: replies, callTimeout: callTimeout)
        connection.start()
        let browser = ChromiumBrowser(process: process, connection: connection, profileDirectory: profile)
        do {
            _ = try await connection.call("Browser.getVersion", timeout: RendererLimits.launchTimeout)
        } catch {
            await browser.shutdown()
            let reason = if case PDFError.rendererUnavailable(let inner) = error { inner } else { "\(error)" }
            throw PDFError.rendererUnavailable("\(command.executable) did not answer on the DevTools pipe: \(reason)")
        }
        return browser
    }

    /// Asks the browser to close, waits for it to exit (killing it after the grace period), reaps it, closes
    /// the pipe and deletes the profile directory.
    func shutdown() async {
        if isAlive {
            _ = try? await connection.call("Browser.close", timeout: RendererLimits.exitGrace)
        }
        await process.terminate(grace: RendererLimits.exitGrace)
        connection.close(reason: "the renderer was stopped")
        try? FileManager.default.removeItem(atPath: profileDirectory)
    }

    /// Kills the browser at once and deletes its profile, without waiting: for a renderer dropped without
    /// `stop()`. The pipe's descriptors close as the connection ends.
    func abandon() {
        process.kill()
        connection.close(reason: "the renderer was dropped")
        try? FileManager.default.removeItem(atPath: profileDirectory)
    }
}
