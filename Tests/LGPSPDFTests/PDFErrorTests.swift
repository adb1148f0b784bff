import LGPSPDF
import Testing

@Test func rendererUnavailableSaysWhy() {
    #expect(PDFError.rendererUnavailable("no chromium") != PDFError.rendererUnavailable("other"))
}
