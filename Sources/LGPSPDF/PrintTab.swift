import Foundation

/// One tab (a page target attached as a flat session) that prints HTML to PDF, one document at a time.
/// Each document replaces the last in the same frame, so a tab is opened once and reused.
struct PrintTab: Sendable {
    /// The browser the tab lives in.
    let browser: ChromiumBrowser
    /// The target id, for closing the tab.
    let targetID: String
    /// The flat session its calls go to.
    let session: String
    /// The main frame, whose document each print replaces.
    let frameID: String
    /// How many documents it has printed, so that the renderer can retire it after `rendersPerTab`.
    var renders = 0

    /// Opens a blank tab in `browser`, attaches to it and enables its page events.
    static func open(in browser: ChromiumBrowser) async throws -> PrintTab {
        let connection = browser.connection
        let created = try await connection.call("Target.createTarget", ["url": .string("about:blank")])
        let targetID = try field(created["targetId"], of: "Target.createTarget")
        let attached = try await connection.call(
            "Target.attachToTarget", ["targetId": .string(targetID), "flatten": .bool(true)])
        let session = try field(attached["sessionId"], of: "Target.attachToTarget")
        _ = try await connection.call("Page.enable", session: session)
        _ = try await connection.call(
            "Page.navigate", ["url": .string("about:blank")], session: session, awaiting: "Page.loadEventFired")
        let tree = try await connection.call("Page.getFrameTree", session: session)
        let frameID = try field(tree["frameTree"]?["frame"]?["id"], of: "Page.getFrameTree")
        return PrintTab(browser: browser, targetID: targetID, session: session, frameID: frameID)
    }

    /// Loads `html` as the tab's document, waits for its load event and its fonts, and prints it as a tagged
    /// PDF with an outline; returns the PDF exactly as Chromium made it.
    mutating func print(html: String) async throws -> [UInt8] {
        let connection = browser.connection
        renders += 1
        _ = try await connection.call(
            "Page.setDocumentContent", ["frameId": .string(frameID), "html": .string(html)],
            session: session, awaiting: "Page.loadEventFired")
        _ = try await connection.call("Runtime.evaluate", PrintOptions.fontsReady, session: session)
        let printed = try await connection.call("Page.printToPDF", PrintOptions.pdf, session: session)
        let data = try Self.field(printed["data"], of: "Page.printToPDF")
        guard let pdf = Data(base64Encoded: data) else {
            throw PDFError.renderFailed("Page.printToPDF: the PDF was not valid base64")
        }
        return Array(pdf)
    }

    /// Closes the tab, ignoring failure (the browser may already be gone).
    func close() async {
        guard browser.isAlive else { return }
        _ = try? await browser.connection.call("Target.closeTarget", ["targetId": .string(targetID)])
    }

    /// The string `value`, or `renderFailed` naming the call whose answer lacked it.
    private static func field(_ value: JSONValue?, of method: String) throws -> String {
        guard let text = value?.stringValue else { throw PDFError.renderFailed("\(method): unexpected answer") }
        return text
    }
}
