import Foundation

extension ChromiumBrowser {
    /// Spawns Chromium with fresh pipes; returns it with this side's ends (commands to write, replies to read).
    /// The child's ends are closed here once it has them; on failure every end is closed.
    static func spawn(_ command: ChromiumCommand, profile: String) throws
        -> (ChromiumProcess, commands: Int32, replies: Int32)
    {
        let commands = try PipePair()
        let replies: PipePair
        do {
            replies = try PipePair()
        } catch {
            commands.closeBoth()
            throw error
        }
        defer {
            close(commands.read)
            close(replies.write)
        }
        do {
            let arguments = command.arguments(profileDirectory: profile)
            let process = try ChromiumProcess.spawn(arguments, commands: commands, replies: replies)
            return (process, commands.write, replies.read)
        } catch {
            close(commands.write)
            close(replies.read)
            throw error
        }
    }

    /// A new empty directory under the temporary directory for Chromium's profile.
    static func makeProfileDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lgps-chromium-XXXXXX").path
        var template = Array(path.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw PDFError.rendererUnavailable("cannot make a Chromium profile directory: \(SystemError.text())")
        }
        return String(cString: made)
    }
}
