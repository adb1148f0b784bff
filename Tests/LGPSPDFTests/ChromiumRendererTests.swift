import Foundation
import Testing

@testable import LGPSPDF

/// The renderer against Debian's real headless Chromium. One test at a time, so that no more than one browser
/// runs for this suite on a small machine; skipped only where `/usr/bin/chromium` is absent.
@Suite(
    .serialized,
    .enabled(if: ChildProcesses.chromiumInstalled, "needs /usr/bin/chromium (scripts/setup-system installs it)"))
struct ChromiumRendererTests {
    /// The date the tests stamp on their PDFs.
    static let documentDate = "2026-03-31"

    /// Runs `body` with a renderer of `pages` tabs and stops the renderer afterwards, whatever happens.
    func withRenderer<T>(pages: Int = 2, _ body: (PDFRenderer) async throws -> T) async throws -> T {
        let renderer = PDFRenderer(pages: pages)
        do {
            let result = try await body(renderer)
            await renderer.stop()
            return result
        } catch {
            await renderer.stop()
            throw error
        }
    }

    @Test("A statement prints as a tagged PDF whose text has the figures and whose title is the HTML title")
    func printsTaggedPDF() async throws {
        let pdf = try await withRenderer {
            try await $0.render(html: StatementFixture.html(), documentDate: Self.documentDate)
        }
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(try Poppler.infoField("Tagged", of: pdf) == "yes")
        #expect(try Poppler.infoField("Title", of: pdf) == StatementFixture.title)
        let text = try Poppler.text(pdf)
        #expect(text.contains(StatementFixture.figure))
        #expect(text.contains("PEN-000123"))
        #expect(text.contains("Your pension at 31 March 2026"))
    }

    @Test("The PDF's creation and modification dates are the document date at midnight UTC")
    func stampsDocumentDate() async throws {
        let pdf = try await withRenderer {
            try await $0.render(html: StatementFixture.html(), documentDate: Self.documentDate)
        }
        let stamp = Array("D:20260331000000+00'00'".utf8)
        #expect(pdf.ranges(of: stamp).count == 2)
        #expect(try Poppler.infoField("CreationDate", of: pdf)?.contains("2026") == true)
    }
}
