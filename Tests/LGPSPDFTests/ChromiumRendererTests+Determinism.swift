import Testing

@testable import LGPSPDF

extension ChromiumRendererTests {
    @Test("The same HTML printed twice in the same tab gives the same bytes")
    func sameTabIsByteIdentical() async throws {
        let (first, second) = try await withRenderer(pages: 1) { renderer in
            let first = try await renderer.render(html: StatementFixture.html(), documentDate: Self.documentDate)
            let second = try await renderer.render(html: StatementFixture.html(), documentDate: Self.documentDate)
            return (first, second)
        }
        #expect(first == second)
    }

    @Test("The same HTML gives the same bytes in different tabs and in a different browser")
    func otherTabsAndBrowsersAreByteIdentical() async throws {
        let html = StatementFixture.html()
        let (first, second) = try await withRenderer(pages: 2) { renderer in
            async let first = renderer.render(html: html, documentDate: Self.documentDate)
            async let second = renderer.render(html: html, documentDate: Self.documentDate)
            return try await (first, second)
        }
        let third = try await withRenderer { try await $0.render(html: html, documentDate: Self.documentDate) }
        #expect(first == second)
        #expect(first == third)
    }

    @Test("A different document date changes only the dates")
    func documentDateChangesOnlyTheDates() async throws {
        let (march, april) = try await withRenderer { renderer in
            let march = try await renderer.render(html: StatementFixture.html(), documentDate: "2026-03-31")
            let april = try await renderer.render(html: StatementFixture.html(), documentDate: "2026-04-01")
            return (march, april)
        }
        #expect(march.count == april.count)
        let differing = zip(march, april).filter { $0 != $1 }.count
        #expect(differing > 0 && differing <= "03310401".count)
    }
}
