import Foundation
import Testing

@testable import LGPSPDF

/// How the renderer copes with a browser that dies, refuses or hangs mid-render, using `FakeChromium`.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3 for the fake"))
struct FakeChromiumTests {
    private let html = StatementFixture.html()
    private let closedPipe = PDFError.rendererUnavailable("Chromium closed the DevTools pipe")

    @Test("A browser that exits mid-render fails that render, and the next render starts a new browser")
    func browserExitingMidRender() async throws {
        try await FakeChromium.with(.exitOnLoad) { path in
            let renderer = PDFRenderer(chromiumPath: path)
            await #expect(throws: closedPipe) { try await renderer.render(html: html, documentDate: "2026-03-31") }
            let first = try #require(await renderer.browser)
            await #expect(throws: closedPipe) { try await renderer.render(html: html, documentDate: "2026-03-31") }
            let second = try #require(await renderer.browser)
            #expect(second !== first)
            #expect(!ChildProcesses.chromiumChildren().contains(first.process.pid))
            await renderer.stop()
            #expect(!ChildProcesses.chromiumChildren().contains(second.process.pid))
        }
    }

    @Test("A DevTools error becomes renderFailed with Chromium's message, and the browser stays")
    func refusedPrint() async throws {
        try await FakeChromium.with(.refusePrint) { path in
            let renderer = PDFRenderer(chromiumPath: path)
            await #expect(throws: PDFError.renderFailed("Page.printToPDF: Printing failed")) {
                try await renderer.render(html: html, documentDate: "2026-03-31")
            }
            #expect(await renderer.browser?.isAlive == true)
            await renderer.stop()
        }
    }

    @Test("A call with no answer fails with rendererUnavailable when its time limit passes")
    func unansweredPrint() async throws {
        try await FakeChromium.with(.ignorePrint) { path in
            let renderer = PDFRenderer(chromiumPath: path, pages: 1, callTimeout: .milliseconds(300))
            await #expect {
                try await renderer.render(html: html, documentDate: "2026-03-31")
            } throws: { error in
                guard case PDFError.rendererUnavailable(let reason) = error else { return false }
                return reason.hasPrefix("Page.printToPDF got no answer within")
            }
            await renderer.stop()
        }
    }
}
