import Foundation
import Testing
import LGPSRules
@testable import LGPSStatements

/// Directions 2014 para 5 and WCAG 2.1 AA: the structure an accessible, printable, self-contained statement
/// needs, checked on the HTML text (the browser and axe-core checks run separately).
@Suite("Accessible statement document")
struct AccessibleDocumentTests {
    static func html() throws -> String {
        let first = Fixtures.member(id: 10, number: "M0010"), second = Fixtures.member(id: 11, number: "M0011")
        let subject = Fixtures.subject(first, person: StatementFixtures.person(choice: .online), others: [first, second])
        return try StatementFixtures.render(subject, settings: StatementSettings(quoteReducedBenefits: true)).html
    }

    /// Every capture of `pattern`'s first group.
    static func matches(_ pattern: String, in text: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test("One complete self-contained document: lang, title, one h1, a main, inline style, no scripts or external resources")
    func selfContained() throws {
        let html = try Self.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<title>Your annual benefit statement at 31 March 2025 – Borsetshire Pension Fund</title>"))
        #expect(html.occurrences(of: "<h1") == 1 && html.occurrences(of: "<main") == 1)
        #expect(html.contains("<style>") && html.contains("@page { size: A4;"))
        for banned in ["<script", "<link", "src=", "@import", "url(", "<iframe", "style=\""] {
            #expect(!html.contains(banned), "found \(banned)")
        }
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test("WCAG 1.3.1: headings never skip a level, and every table has a caption and scoped header cells")
    func headingsAndTables() throws {
        let html = try Self.html()
        let levels = try Self.matches("<h([1-6])", in: html).compactMap { Int($0) }
        #expect(levels.first == 1)
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 })
        let tables = html.occurrences(of: "<table")
        #expect(tables > 0 && html.occurrences(of: "<caption") == tables)
        #expect(html.occurrences(of: "<th>") == 0 && html.occurrences(of: "<th scope=\"row\">") > 0)
    }

    @Test("WCAG 4.1.1 and 1.4.10: ids are unique; each scrolling table region is focusable and labelled by its caption")
    func idsAndRegions() throws {
        let html = try Self.html()
        let ids = try Self.matches("id=\"([^\"]+)\"", in: html)
        #expect(Set(ids).count == ids.count)
        let labels = try Self.matches("aria-labelledby=\"([^\"]+)\"", in: html)
        #expect(!labels.isEmpty && labels.allSatisfy { ids.contains($0) })
        #expect(html.occurrences(of: "role=\"region\"") == html.occurrences(of: "<table"))
        #expect(html.occurrences(of: "tabindex=\"0\"") == html.occurrences(of: "<table"))
        let anchors = try Self.matches("href=\"#([^\"]+)\"", in: html)
        #expect(!anchors.isEmpty && anchors.allSatisfy { ids.contains($0) })
    }

    @Test("Reflow: no fixed widths in the styles, so the statement reads at 320 px; print styles keep rows together")
    func reflowAndPrint() throws {
        let html = try Self.html()
        let style = try #require(try Self.matches("(?s)<style>(.*)</style>", in: html).first)
        #expect(try Self.matches("[^-]width: *([0-9.]+px)", in: style).isEmpty)
        #expect(style.contains("overflow-x: auto") && style.contains("@media print") && style.contains("break-inside: avoid"))
    }

    @Test("Part 3: the notes are a list, each with its letter in a level-3 heading, in letter order")
    func notesList() throws {
        let html = try Self.html()
        let letters = try Self.matches("<li class=\"notes__item\" id=\"note-([a-z])\">", in: html)
        #expect(letters == letters.sorted() && letters.contains("a") && letters.contains("z"))
        #expect(html.contains("<h3 class=\"heading-s\">(a) If you have more than one job in the LGPS</h3>"))
    }

    @Test("The fund's contact details end the statement; a website that is not http(s) is shown as text, not a link")
    func contact() throws {
        let html = try Self.html()
        #expect(html.contains("<a href=\"mailto:pensions@borsetshire.example\">"))
        #expect(html.contains("<a href=\"https://pensions.borsetshire.example\">"))
        let fund = StatementFund(name: "Fund", website: "javascript:alert(1)")
        let renderer = StatementRenderer(templates: try .bundled(), fund: fund, settings: StatementSettings())
        let other = try renderer.render(Fixtures.subject(), row: try StatementFixtures.row(), year: Fixtures.year,
                                        issuedOn: StatementFixtures.issuedOn).html
        #expect(!other.contains("href=\"javascript") && other.contains("Website: javascript:alert(1)"))
    }
}
