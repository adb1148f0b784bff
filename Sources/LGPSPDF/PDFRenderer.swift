/// Turns HTML statements into tagged, accessible PDFs with one headless Chromium kept running, driven over the
/// DevTools protocol on a pipe. Up to `pages` renders run at once, each in its own tab; further ones wait.
/// The output depends only on the HTML and the document date: printing the same HTML twice gives the same bytes.
///
/// The browser starts on `start()` or the first `render`. If it dies, the renders in flight fail with
/// `rendererUnavailable` and the next `render` starts a new one (once; if that fails, so does the render).
/// `stop()` closes the tabs, ends the browser and reaps its process; a later `render` would start it again.
/// Documents are loaded into `about:blank`, so their styles, fonts and images should be inline.
public actor PDFRenderer {
    /// Documents one tab prints before it is closed and a fresh one opened, to bound its memory and keep the
    /// structure element ids (a per-process counter) short.
    static let rendersPerTab = 1000

    let command: ChromiumCommand
    let pages: Int
    let callTimeout: Duration
    var browser: ChromiumBrowser?
    var launching: Task<ChromiumBrowser, any Error>?
    var idleTabs: [PrintTab] = []
    var busySlots = 0
    var slotWaiters: [CheckedContinuation<Void, Never>] = []

    /// A renderer for `chromiumPath` (default: `LGPS_CHROMIUM`, else `/usr/bin/chromium`) printing in up to
    /// `pages` tabs at once (at least one).
    public init(chromiumPath: String? = nil, pages: Int = 2) {
        self.init(chromiumPath: chromiumPath, pages: pages, callTimeout: RendererLimits.callTimeout)
    }

    /// A renderer whose DevTools calls each have `callTimeout` to be answered (tests use a short one).
    init(chromiumPath: String?, pages: Int, callTimeout: Duration) {
        command = ChromiumCommand(executable: chromiumPath)
        self.pages = max(1, pages)
        self.callTimeout = callTimeout
    }

    deinit {
        browser?.abandon()
    }

    /// Launches Chromium if it is not running; throws `rendererUnavailable` when it cannot be started.
    public func start() async throws {
        _ = try await runningBrowser()
    }

    /// The tagged PDF of `html`, dated `documentDate` (`YYYY-MM-DD`, stamped as midnight UTC). Throws
    /// `invalidDocumentDate`, `rendererUnavailable` (no browser, or it died or timed out) or `renderFailed`.
    public func render(html: String, documentDate: String) async throws -> [UInt8] {
        let date = try DocumentDate(documentDate)
        await acquireSlot()
        defer { releaseSlot() }
        let browser = try await runningBrowser()
        var tab = try await takeTab(in: browser)
        do {
            let pdf = try await Self.print(html, on: &tab, date: date)
            await putBack(tab)
            return pdf
        } catch {
            await tab.close()
            throw error
        }
    }

    /// Closes the idle tabs, ends Chromium and reaps its process.
    public func stop() async {
        if let launching { _ = try? await launching.value }
        let tabs = idleTabs
        idleTabs = []
        guard let running = browser else { return }
        browser = nil
        for tab in tabs { await tab.close() }
        await running.shutdown()
    }

    /// Prints on `tab` and normalises the PDF, off the actor.
    private nonisolated static func print(_ html: String, on tab: inout PrintTab, date: DocumentDate)
        async throws -> [UInt8]
    {
        try PDFNormalizer.normalize(try await tab.print(html: html), date: date)
    }
}
