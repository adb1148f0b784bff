import Testing

@testable import LGPSPDF

/// A renderer that cannot run says so at once, instead of waiting for a call's time limit.
struct RendererUnavailableTests {
    @Test(
        "A binary that is missing or does not speak the DevTools protocol gives rendererUnavailable naming it, not a timeout",
        arguments: ["/nonexistent/chromium", "/bin/true"])
    func badBinaryFailsFast(path: String) async throws {
        let renderer = PDFRenderer(chromiumPath: path)
        await #expect {
            try await renderer.start()
        } throws: { error in
            guard case PDFError.rendererUnavailable(let reason) = error else { return false }
            return reason.contains(path)
        }
        await #expect(throws: PDFError.self) {
            try await renderer.render(html: StatementFixture.html(), documentDate: "2026-03-31")
        }
        await renderer.stop()
    }

    @Test("A document date that is not YYYY-MM-DD is refused before anything is started")
    func badDateIsRefused() async {
        let renderer = PDFRenderer(chromiumPath: "/nonexistent/chromium")
        await #expect(throws: PDFError.invalidDocumentDate("31/03/2026")) {
            try await renderer.render(html: "<p>x</p>", documentDate: "31/03/2026")
        }
    }
}
