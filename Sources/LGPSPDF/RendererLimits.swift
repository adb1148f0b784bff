/// The time limits the renderer works to, in one place so that none is a bare number in the code.
enum RendererLimits {
    /// How long one DevTools call (loading a page, printing it, opening a tab) may take before the render fails.
    static let callTimeout: Duration = .seconds(30)
    /// How long a newly started Chromium may take to answer its first call.
    static let launchTimeout: Duration = .seconds(30)
    /// How long Chromium has to exit after `Browser.close` before it is killed.
    static let exitGrace: Duration = .seconds(5)
    /// How often `stop()` looks again whether Chromium has exited during the grace period.
    static let exitPoll: Duration = .milliseconds(10)
}
