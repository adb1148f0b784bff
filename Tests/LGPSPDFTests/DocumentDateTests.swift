import Testing

@testable import LGPSPDF

struct DocumentDateTests {
    @Test("Real dates are accepted and written as PDF date digits",
          arguments: [("2026-03-31", "20260331"), ("2024-02-29", "20240229"), ("2000-02-29", "20000229")])
    func acceptsRealDates(text: String, digits: String) throws {
        #expect(try DocumentDate(text).compactDigits == digits)
    }

    @Test("Anything else is an invalidDocumentDate",
          arguments: ["", "2026-3-31", "2026-13-01", "2026-04-31", "2025-02-29", "1900-02-29", "2026-03-31T00:00",
                      "20260331", "２０２６-03-31", "+026-03-31"])
    func refusesOthers(text: String) {
        #expect(throws: PDFError.invalidDocumentDate(text)) { try DocumentDate(text) }
    }
}
