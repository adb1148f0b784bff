import Testing
import LGPSRules
@testable import LGPSStatements

/// LGA annual benefit statements guide, Part 3 notes (n) to (z).
@Suite("Part 3 notes (n) to (z)")
struct NotesNToZTests {
    static let careOnly2015 = Fixtures.subject(StatementFixtures.careOnlyMember(joined: CalendarDate(2015, 6, 1)))

    @Test("Part 3 (n): a member with under two years' membership is told benefits are for information and about refunds")
    func qualifyingPeriod() throws {
        let joiner = Fixtures.subject(StatementFixtures.careOnlyMember(joined: CalendarDate(2024, 1, 8)))
        let note = try #require(try StatementFixtures.note("n", joiner))
        #expect(note.text.contains("You joined on 8 January 2024, so on 31 March 2025 you had less than 2 years."))
        #expect(note.text.contains("refund of your contributions"))
        #expect(try StatementFixtures.note("n") == nil)
    }

    @Test("Part 3 (o): reduced benefits quoted for a member between 55 and NPA, with the reduced pension; not quoted, no note")
    func reducedBenefits() throws {
        let settings = StatementSettings(quoteReducedBenefits: true)
        let row = try StatementFixtures.row(settings: settings)
        let reduced = try #require(row.money("Annual pension at 31 March 20xx", .reducedBenefits))
        let note = try #require(try StatementFixtures.note("o", row: row, settings: settings))
        #expect(note.text.contains("a pension of \(reduced) a year"))
        #expect(note.text.contains("aged 55 or over and under your normal pension age"))
        #expect(try StatementFixtures.note("o") == nil)
    }

    @Test("Part 3 (p): a transfer in shows the pension credited, and that later transfers appear next year")
    func transfersIn() throws {
        var member = Fixtures.member()
        member.careYears = StatementFixtures.careYears { $0.transfersIn = Money(pounds: 150) }
        let note = try #require(try StatementFixtures.note("p", Fixtures.subject(member)))
        #expect(note.text.contains("Your figures include £150.00 a year of pension from transferring"))
        #expect(note.text.contains("into the LGPS, completed in the year to 31 March 2025."))
        #expect(note.text.contains("next year's statement"))
        #expect(try StatementFixtures.note("p") == nil)
    }

    @Test("Part 3 (q): the projection quotes the projected pension on unchanged pay; over NPA says no projection is made")
    func projection() throws {
        let row = try StatementFixtures.row()
        let projected = try #require(row.money("Annual pension at NPA (after divorce/AA debit)", .projectionToNPA))
        let note = try #require(try StatementFixtures.note("q", row: row))
        #expect(note.text.contains("Your projected pension at your normal pension age is \(projected) a year"))
        #expect(note.text.contains("no change in your pensionable pay"))
        let over = row.setting("Normal pension date", .personalDetails, "2025-01-01")
        #expect(try #require(try StatementFixtures.note("q", row: over)).text.contains("so no projection is made"))
        #expect(try StatementFixtures.note("q", row: row.clearing("Annual pension at NPA (after divorce/AA debit)",
                                                                   .projectionToNPA)) == nil)
    }

    @Test("Part 3 (r): lifetime allowance figures are estimates (and likely overstated under NPA) only when quoted")
    func lifetimeAllowance() throws {
        let row = try StatementFixtures.row()
        let quoted = row.setting("LTA amount at 31 March 20xx", .lifetimeAllowance, "21345.00")
            .setting("LTA percentage at 31 March 20xx", .lifetimeAllowance, "1.99")
        let note = try #require(try StatementFixtures.note("r", row: quoted))
        #expect(note.text.contains("(£21,345.00 and 1.99%) are estimates only"))
        #expect(note.text.contains("likely to be overstated"))
        #expect(try StatementFixtures.note("r", row: row) == nil)
    }

    @Test("Part 3 (s): extra pension bought (APC) is in the figures at 31 March; the projection assumes the contract completes")
    func payingExtra() throws {
        var member = Fixtures.member()
        member.careYears = StatementFixtures.careYears { $0.additionalPensionContributions = Money(pounds: 200) }
        let subject = Fixtures.subject(member)
        let row = try StatementFixtures.row(subject)
        let note = try #require(try StatementFixtures.note("s", subject, row: row))
        let total = row.positive("Total APC purchased / awarded (inc revaluation to 31/03/20xx)", .benefitsSupportingData)
            ?? Money(pounds: 200)
        #expect(note.text.contains("\(total) a year of additional pension"))
        #expect(note.text.contains("assume you complete your contract"))
        #expect(note.text.contains("additional voluntary contributions (AVCs)"))
        #expect(try StatementFixtures.note("s") == nil)
    }

    @Test("Part 3 (t): final salary or protected members are asked to check service; the lines shown are counted")
    func serviceDetails() throws {
        let note = try #require(try StatementFixtures.note("t"))
        #expect(note.text.contains("This statement shows your latest period of final salary service."))
        #expect(note.text.contains("between 1 April 2014 and 31 March 2022"))
        #expect(try StatementFixtures.note("t", Self.careOnly2015) == nil)
    }

    @Test("Part 3 (u): remedy-period members are told whether they are protected; a 2023 joiner is not told")
    func mcCloudProtection() throws {
        #expect(try #require(try StatementFixtures.note("u")).text.contains("You are protected by the McCloud remedy"))
        #expect(try #require(try StatementFixtures.note("u", Self.careOnly2015)).text.contains("not protected"))
        let joiner2023 = Fixtures.subject(StatementFixtures.careOnlyMember(joined: CalendarDate(2023, 5, 1)))
        #expect(try StatementFixtures.note("u", joiner2023) == nil)
    }

    @Test("Part 3 (v): a protected member is told what protection means; an unprotected member is not")
    func mcCloudMeaning() throws {
        let note = try #require(try StatementFixtures.note("v"))
        #expect(note.text.contains("This check is called the underpin"))
        #expect(try StatementFixtures.note("v", Self.careOnly2015) == nil)
    }

    @Test("Part 3 (w): the estimated final guarantee amount added is quoted and said not to be guaranteed")
    func guaranteeAmount() throws {
        let row = try StatementFixtures.row()
        let fga = try #require(row.positive("Estimated final guarantee amount", .underpinUnder2008NPA))
        let note = try #require(try StatementFixtures.note("w", row: row))
        #expect(note.text.contains("an estimated final guarantee amount of \(fga) a year in your pension"))
        #expect(note.text.contains("This addition is not guaranteed"))
        let settings = StatementSettings(underpinNotReflected: [10])
        #expect(try StatementFixtures.note("w", settings: settings) == nil)
    }

    @Test("Part 3 (x): a remedy-period member who appears unprotected is asked to tell us of earlier membership")
    func appearsNotProtected() throws {
        let note = try #require(try StatementFixtures.note("x", Self.careOnly2015))
        #expect(note.text.contains("no record of you being a member of the LGPS or another public service pension scheme before 1 April 2012"))
        #expect(note.text.contains("please tell us"))
        var early = Self.careOnly2015
        early.member.record.pensionableStart = CalendarDate(2011, 4, 1)
        let row = try StatementFixtures.row(Self.careOnly2015)
        #expect(try #require(try StatementFixtures.note("x", early, row: row)).text.contains("break of more than 5 years"))
        #expect(try StatementFixtures.note("x") == nil)
    }

    @Test("Part 3 (y): the 2025 discretion not to reflect protection is told to the member, only in the 2025 statement")
    func underpinNotReflected() throws {
        let settings = StatementSettings(underpinNotReflected: [10])
        let row = try StatementFixtures.row(settings: settings)
        let note = try #require(try StatementFixtures.note("y", row: row, settings: settings))
        #expect(note.text.contains("not to include the effect of that protection"))
        #expect(note.text.contains("31 March 2026"))
        #expect(try StatementFixtures.note("y") == nil)
        #expect(try StatementFixtures.note("y", row: row, settings: settings, year: SchemeYear(startYear: 2025)) == nil)
    }

    @Test("Part 3 (z) and Directions para 4: members who get statements online are offered a paper copy and other formats")
    func accessibleVersion() throws {
        let online = Fixtures.subject(person: StatementFixtures.person(choice: .online))
        let note = try #require(try StatementFixtures.note("z", online))
        #expect(note.text.contains("paper copy") && note.text.contains("large print, braille"))
        #expect(try StatementFixtures.note("z") == nil)
    }

    @Test("Part 3: one rule per letter a to z, and the notes come out in letter order")
    func letterOrder() throws {
        #expect(StatementNotes.rules.count == 26)
        let first = Fixtures.member(id: 10, number: "M0010"), second = Fixtures.member(id: 11, number: "M0011")
        let subject = Fixtures.subject(first, person: StatementFixtures.person(choice: .online), others: [first, second])
        let letters = try StatementFixtures.notes(subject).map(\.letter)
        #expect(letters == letters.sorted() && Set(letters).count == letters.count)
        #expect(letters.first == "a" && letters.last == "z")
    }

    @Test("NoteTerms from the parameters on 31 March 2025 match the figures the guide states")
    func termsFromParameters() throws {
        #expect(try NoteTerms(parameters: Fixtures.parameters, on: Fixtures.year.end) == NoteTerms.guide)
    }
}
