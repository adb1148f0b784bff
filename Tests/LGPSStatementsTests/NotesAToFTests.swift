import Testing
import LGPSRules
@testable import LGPSStatements

/// LGA annual benefit statements guide, Part 3 notes (a) to (f): each appears only when its fact is in the
/// member's record or row, and quotes the member's own figures.
@Suite("Part 3 notes (a) to (f)")
struct NotesAToFTests {
    let end = Fixtures.year.end

    @Test("Part 3 (a): a member with two posts is told which post this statement is for; one post, no note")
    func moreThanOnePost() throws {
        let first = Fixtures.member(id: 10, number: "M0010"), second = Fixtures.member(id: 11, number: "M0011")
        let note = try #require(try StatementFixtures.note("a", Fixtures.subject(first, others: [first, second])))
        #expect(note.text.contains("M0011"))
        #expect(note.text.contains("Librarian with Borsetshire County Council, which started on 1 April 2010"))
        #expect(note.text.contains("reference number M0010 and payroll number PAY-10"))
        #expect(try StatementFixtures.note("a") == nil)
    }

    @Test("Part 4 (a)–(c): a deferred member is always told what to do if they rejoin the LGPS")
    func deferredRejoining() throws {
        let note = try #require(try StatementFixtures.note("a", Fixtures.subject(StatementFixtures.deferredMember())))
        #expect(note.text.contains("deferred benefit with us"))
        #expect(note.text.contains("tell us that you are paying into the LGPS with another fund"))
    }

    @Test("Part 3 (b): the section on 31 March and the projection's basis; a deferred member gets no section note")
    func sections() throws {
        let note = try #require(try StatementFixtures.note("b"))
        #expect(note.text.contains("On 31 March 2025 you were in the main section."))
        #expect(note.text.contains("assume you stay in the main section"))
        #expect(!note.text.contains("move you back"))
        let fifty = try StatementFixtures.row().setting("Section of scheme on 31 March 20xx", .personalDetails, "50/50 section")
        let fiftyNote = try #require(try StatementFixtures.note("b", row: fifty))
        #expect(fiftyNote.text.contains("you were in the 50/50 section") && fiftyNote.text.contains("move you back"))
        #expect(try StatementFixtures.note("b", Fixtures.subject(StatementFixtures.deferredMember())) == nil)
    }

    @Test("Part 3 (c): the member's own normal pension age and date, 55 (57 from 6 April 2028) to 75; over NPA says so")
    func normalPensionAge() throws {
        let row = try StatementFixtures.row()
        let date = try #require(row.date("Normal pension date", .personalDetails))
        let note = try #require(try StatementFixtures.note("c", row: row))
        #expect(note.text.contains("Your normal pension age is 67 and your normal pension date is \(date.longUK)."))
        #expect(note.text.contains("from age 55 (57 from 6 April 2028) up to age 75"))
        #expect(!note.text.contains("already over"))
        let over = row.setting("Normal pension date", .personalDetails, "2024-05-01")
        #expect(try #require(try StatementFixtures.note("c", row: over)).text.contains("already over your normal pension age"))
        #expect(try StatementFixtures.note("c", row: row.clearing("Normal pension date", .personalDetails)) == nil)
    }

    @Test("Part 3 (d): final salary benefits on current pay, quoting the member's final salary pension; CARE-only members get none")
    func finalSalary() throws {
        let row = try StatementFixtures.row()
        let pension = try #require(row.money("Total final salary pension", .benefitsSupportingData))
        let note = try #require(try StatementFixtures.note("d", row: row))
        #expect(note.text.contains("Your final salary pension at 31 March 2025 is \(pension) a year"))
        #expect(note.text.contains("final pay of £60,000.00"))
        let careOnly = Fixtures.subject(StatementFixtures.careOnlyMember(joined: CalendarDate(2015, 6, 1)))
        #expect(try StatementFixtures.note("d", careOnly) == nil)
    }

    @Test("Part 3 (e): CARE revaluation to the previous April, the projection's pay, and assumed pensionable pay when there was some")
    func careRevaluation() throws {
        let row = try StatementFixtures.row()
        let care = try #require(row.money("Total CARE pension at 31 March 20xx", .benefitsSupportingData))
        let note = try #require(try StatementFixtures.note("e", row: row))
        #expect(note.text.contains("Your career average (CARE) pension at 31 March 2025 is \(care) a year"))
        #expect(note.text.contains("revaluation up to April 2024 only"))
        #expect(note.text.contains("pensionable pay of £60,000.00"))
        #expect(!note.text.contains("assumed pensionable pay"))
        var member = Fixtures.member()
        member.careYears = StatementFixtures.careYears { $0.assumedPensionablePay = Money(pounds: 1_234) }
        let app = try #require(try StatementFixtures.note("e", Fixtures.subject(member), row: row))
        #expect(app.text.contains("£1,234.00 of assumed pensionable pay"))
        #expect(try StatementFixtures.note("e", row: row.clearing("Total CARE pension at 31 March 20xx",
                                                                   .benefitsSupportingData)) == nil)
    }

    @Test("Part 3 (f): every member is told what to do about an error; the pay sentence names the employer only where pay is shown")
    func errors() throws {
        let active = try #require(try StatementFixtures.note("f"))
        #expect(active.text.contains("Your employer, Borsetshire County Council, tells us your pay."))
        let deferred = try #require(try StatementFixtures.note("f", Fixtures.subject(StatementFixtures.deferredMember())))
        #expect(!deferred.text.contains("pay"))
    }
}
