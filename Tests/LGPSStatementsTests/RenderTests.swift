import Foundation
import Testing
import LGPSRules
@testable import LGPSStatements

/// LGA annual benefit statements guide Parts 2, 2A and 4 as an accessible HTML document (Directions 2014 para 5:
/// a statement online must be one the member can store and print, taking into account disabled persons' needs).
@Suite("HTML statement rendering")
struct RenderTests {
    @Test("Part 2: an active statement shows the member's key figures, formatted as £1,234.56 and 31 March 2025")
    func activeFigures() throws {
        let row = try StatementFixtures.row()
        let html = try StatementFixtures.render(row: row).html
        for (name, section) in [("Annual pension at 31 March 20xx", StatementSection.benefitsAt31March),
                                ("Lump sum death grant", .deathBenefits),
                                ("Annual pension at NPA (after divorce/AA debit)", .projectionToNPA),
                                ("Total CARE pension at 31 March 20xx", .benefitsSupportingData),
                                ("Estimated final guarantee amount", .underpinUnder2008NPA)] {
            let amount = try #require(row.money(name, section))
            #expect(html.contains(amount.description), "missing \(name)")
        }
        let date = try #require(row.date("Normal pension date", .personalDetails))
        #expect(html.contains(date.longUK))
        #expect(html.contains("Smith, Jones") && html.contains("QQ123456C") && html.contains("£60,000.00"))
        #expect(html.contains("John Smith"))
        #expect(!html.contains("2025-03-31") && !html.contains("20xx"))
    }

    @Test("Part 2 order: personal details, benefits at 31 March, death benefits, projection, McCloud, service history, notes")
    func sectionOrder() throws {
        let html = try StatementFixtures.render().html
        let ids = ["id=\"personal-details\"", "id=\"benefits\"", "id=\"death-benefits\"", "id=\"projection\"",
                   "id=\"mccloud\"", "id=\"service-history\"", "id=\"notes\"", "id=\"note-a\"", "id=\"note-f\""]
            .filter { html.contains($0) }
        let positions = ids.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions == positions.sorted())
        #expect(ids.count == 8) // no note (a) for a member with one post
        #expect(!html.contains("id=\"reduced-benefits\"") && !html.contains("Less pension sharing"))
    }

    @Test("Part 2 Table 1: blank items are left out, and reduced benefits and debits appear only when quoted")
    func blanksOmitted() throws {
        var member = Fixtures.member()
        member.debits = [Debit(kind: .pensionSharing, effectiveOn: CalendarDate(2020, 1, 1), annualAmount: Money(pounds: 500),
                               cashAmount: nil, reference: "PSO-1")]
        let settings = StatementSettings(quoteReducedBenefits: true)
        let html = try StatementFixtures.render(Fixtures.subject(member), settings: settings).html
        #expect(html.contains("Less pension sharing (divorce) debit") && html.contains("£500.00"))
        #expect(html.contains("id=\"reduced-benefits\""))
        #expect(!html.contains("<td></td>") && !html.contains("<td class=\"numeric\"></td>"))
    }

    @Test("Part 4: a deferred statement shows the deferred pension, the date of leaving and the rejoining note")
    func deferredStatement() throws {
        let subject = Fixtures.subject(StatementFixtures.deferredMember())
        let row = try StatementFixtures.row(subject)
        let rendered = try StatementFixtures.render(subject, row: row)
        let pension = try #require(row.money("Annual pension at 31 March 20xx", .deferredBenefits))
        #expect(rendered.html.contains("Your deferred benefit statement at 31 March 2025"))
        #expect(rendered.html.contains(pension.description))
        #expect(rendered.html.contains("Date you left") && rendered.html.contains("31 March 2023"))
        #expect(!rendered.html.contains("id=\"projection\"") && !rendered.html.contains("id=\"benefits\""))
        #expect(rendered.notes.contains { $0.letter == "a" && $0.text.contains("rejoined") })
    }

    @Test("Part 4: a pension credit statement shows the pension credit benefits from its row")
    func pensionCreditStatement() throws {
        let member = Fixtures.member(status: [StatusPeriod(status: .pensionCredit, from: CalendarDate(2020, 1, 1), to: nil)])
        let row = ExtractRow(recordID: member.record.id, kind: .pensionCredit)
            .setting("Surname", .personalDetails, "Smith, Jones")
            .setting("Reference number", .personalDetails, "M0010")
            .setting("Normal pension date", .personalDetails, "2033-05-01")
            .setting("Annual pension at 31 March 20xx", .deferredBenefits, "2345.67")
            .setting("Lump sum death grant", .deferredBenefits, "11728.35")
        let rendered = try StatementFixtures.render(Fixtures.subject(member), row: row)
        #expect(rendered.html.contains("Your pension credit statement at 31 March 2025"))
        #expect(rendered.html.contains("£2,345.67") && rendered.html.contains("£11,728.35"))
        #expect(rendered.html.contains("1 May 2033"))
        #expect(!rendered.notes.contains { ["a", "i", "u", "x"].contains($0.letter) })
    }

    @Test("VAL-6: a name with a script tag is escaped by Mustache, never output as markup")
    func escaping() throws {
        let person = StatementFixtures.person(forenames: "<script>alert(\"x\")</script> & Jo")
        let subject = Fixtures.subject(person: person)
        let html = try StatementFixtures.render(subject).html
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Jo"))
    }

    @Test("Deterministic: the same inputs give byte-identical HTML, notes and dashboards JSON")
    func deterministic() throws {
        let row = try StatementFixtures.row()
        let first = try StatementFixtures.render(row: row)
        let second = try StatementFixtures.render(row: row)
        #expect(first == second)
        #expect(first.html.utf8.elementsEqual(second.html.utf8))
    }

    @Test("A row for another record is refused")
    func mismatchedRow() throws {
        let row = ExtractRow(recordID: 99, kind: .active)
        #expect(throws: StatementRenderError.rowForAnotherRecord(row: 99, record: 10)) {
            try StatementFixtures.render(row: row)
        }
    }
}
