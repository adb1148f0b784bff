import Foundation

/// Which Chromium binary to run and with what arguments: headless, no sandbox (it runs inside a container),
/// the DevTools protocol on the inherited pipe (fds 3 and 4), a throwaway profile, and an empty first tab.
struct ChromiumCommand: Sendable {
    /// The binary used when neither the caller nor the environment names one (Debian's `chromium` package).
    static let defaultPath = "/usr/bin/chromium"
    /// The environment variable that overrides the binary when the caller passes no path.
    static let environmentVariable = "LGPS_CHROMIUM"

    /// The binary to execute.
    let executable: String

    /// The binary named by the caller, else by `LGPS_CHROMIUM`, else `/usr/bin/chromium`.
    init(executable: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let fromEnvironment = environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        self.executable = executable ?? fromEnvironment ?? Self.defaultPath
    }

    /// The full argument vector (program name first) for a browser whose profile lives in `profileDirectory`.
    func arguments(profileDirectory: String) -> [String] {
        [
            executable,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--remote-debugging-pipe",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--user-data-dir=\(profileDirectory)",
            "about:blank",
        ]
    }
}
