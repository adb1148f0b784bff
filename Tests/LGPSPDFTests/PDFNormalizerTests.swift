import Testing

@testable import LGPSPDF

struct PDFNormalizerTests {
    private let date = try! DocumentDate("2026-03-31")

    @Test("Chromium's print time becomes the document date at midnight, in the same length")
    func rewritesDates() throws {
        let pdf = "<</Title (T)\n/CreationDate (D:20261122205723+00'00')\n/ModDate (D:20261122205724+00'00')>>"
        let normalized = try PDFNormalizer.normalize(Array(pdf.utf8), date: date)
        #expect(normalized.count == pdf.utf8.count)
        #expect(String(decoding: normalized, as: UTF8.self)
            == "<</Title (T)\n/CreationDate (D:20260331000000+00'00')\n/ModDate (D:20260331000000+00'00')>>")
    }

    @Test("A date in a form that cannot keep its length is an error, not a silent difference")
    func refusesOddDates() {
        let pdf = "/CreationDate (D:2026112220+00'00')"
        #expect(throws: PDFError.self) { try PDFNormalizer.normalize(Array(pdf.utf8), date: date) }
    }

    @Test("Structure element ids are renumbered by rank, keeping their width and order")
    func renumbersNodeIDs() throws {
        let pdf = "/ID (node00000090) /ID (node00000089) /Names [(node00000089) 1 0 R (node00000090) 2 0 R]"
            + " /ID (node123456789) (node) (nodeX1)"
        let normalized = try PDFNormalizer.normalize(Array(pdf.utf8), date: date)
        #expect(String(decoding: normalized, as: UTF8.self)
            == "/ID (node00000002) /ID (node00000001) /Names [(node00000001) 1 0 R (node00000002) 2 0 R]"
            + " /ID (node000000003) (node) (nodeX1)")
    }
}
