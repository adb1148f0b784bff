import Testing

@testable import LGPSPDF

extension ChromiumRendererTests {
    @Test("Six renders at once with two tabs all succeed, each PDF showing its own member")
    func concurrentRendersStayApart() async throws {
        let references = (1...6).map { "PEN-\(100_000 + $0)" }
        let pdfs = try await withRenderer(pages: 2) { renderer in
            try await withThrowingTaskGroup(of: (String, [UInt8]).self) { group in
                for reference in references {
                    group.addTask {
                        let html = StatementFixture.html(reference: reference)
                        return (reference, try await renderer.render(html: html, documentDate: Self.documentDate))
                    }
                }
                var printed: [String: [UInt8]] = [:]
                for try await (reference, pdf) in group { printed[reference] = pdf }
                return printed
            }
        }
        #expect(pdfs.count == references.count)
        #expect(Set(pdfs.values).count == references.count)
        for (reference, pdf) in pdfs {
            let text = try Poppler.text(pdf)
            #expect(text.contains(reference))
            #expect(references.filter { text.contains($0) } == [reference])
        }
    }
}
