import Testing
import LGPSRules
@testable import LGPSStatements

/// LGA annual benefit statements guide, Part 3 notes (g) to (m).
@Suite("Part 3 notes (g) to (m)")
struct NotesGToMTests {
    @Test("Part 3 (g): the death grant quoted, 3 times assumed pensionable pay, and the earlier-membership warning")
    func deathGrant() throws {
        let row = try StatementFixtures.row()
        let grant = try #require(row.money("Lump sum death grant", .deathBenefits))
        let note = try #require(try StatementFixtures.note("g", row: row))
        #expect(note.text.contains("a lump sum death grant of \(grant) would have been paid"))
        #expect(note.text.contains("3 times your assumed pensionable pay"))
        #expect(note.text.contains("suspended tier 3 ill health pension"))
        #expect(try StatementFixtures.note("g", row: row.clearing("Lump sum death grant", .deathBenefits)) == nil)
    }

    @Test("Part 4: a deferred member's death grant is 5 times the pension and paid only if not an active member")
    func deferredDeathGrant() throws {
        let subject = Fixtures.subject(StatementFixtures.deferredMember())
        let row = try StatementFixtures.row(subject)
        let grant = try #require(row.money("Lump sum death grant", .deferredBenefits))
        let note = try #require(try StatementFixtures.note("g", subject, row: row))
        #expect(note.text.contains("\(grant) would have been paid. It is 5 times your deferred pension."))
        #expect(note.text.contains("not an active member of the LGPS in England or Wales"))
    }

    @Test("Part 3 (h): the fund decides who gets the death grant; without an expression of wish the member is asked to make one")
    func deathGrantDecision() throws {
        let note = try #require(try StatementFixtures.note("h"))
        #expect(note.text.contains("We make the final decision"))
        var subject = Fixtures.subject()
        subject.nominations = []
        #expect(try #require(try StatementFixtures.note("h", subject)).text.contains("You have not told us"))
        let row = try StatementFixtures.row().clearing("Lump sum death grant", .deathBenefits)
        #expect(try StatementFixtures.note("h", row: row) == nil)
    }

    @Test("Part 3 (i): a married member's survivor's pension is on their recorded status, with the amount quoted")
    func survivorPartnered() throws {
        let row = try StatementFixtures.row()
        let survivor = try #require(row.money("Annual survivor’s pension", .deathBenefits))
        let note = try #require(try StatementFixtures.note("i", row: row))
        #expect(note.text.contains("based on your recorded status: married"))
        #expect(note.text.contains("it would have been \(survivor) a year"))
        #expect(note.text.contains("1/160 of your final pay") && note.text.contains("49/160 of your career average"))
        #expect(note.text.contains("eligible children"))
        #expect(!note.text.contains("6 April 1988"))
    }

    @Test("Part 3 (i) and Table 1 'Partnership status': a single member's basis follows the fund's setting")
    func survivorSingle() throws {
        let single = Fixtures.subject(person: StatementFixtures.person(relationship: .single))
        let none = try #require(try StatementFixtures.note("i", single))
        #expect(none.text.contains("So no survivor's pension is shown"))
        let settings = StatementSettings(survivorBasisWhenNotPartnered: .assumeSpouse)
        let assumed = try #require(try StatementFixtures.note("i", single, settings: settings))
        #expect(assumed.text.contains("assumes you are married or in a civil partnership"))
        #expect(assumed.text.contains("no survivor's pension would be paid, other than pensions for eligible children"))
    }

    @Test("Part 3 (i): membership before 6 April 1988 brings the cohabiting-partner and later-marriage limits; pension credit gets none")
    func survivorEarlyMembership() throws {
        var member = Fixtures.member()
        member.record.pensionableStart = CalendarDate(1985, 9, 1)
        let row = try StatementFixtures.row()
        let note = try #require(try StatementFixtures.note("i", Fixtures.subject(member), row: row))
        #expect(note.text.contains("before 6 April 1988") && note.text.contains("before 6 April 1978"))
        // A pension credit pays no survivor's pension, so its row has no survivor basis and gets no note (i).
        let credit = ExtractRow(recordID: 10, kind: .pensionCredit).setting("Surname", .personalDetails, "Smith")
        #expect(try StatementFixtures.note("i", row: credit) == nil)
    }

    @Test("Part 3 (j): the expression of wish held, with name, relationship and share; none held, no note")
    func expressionOfWish() throws {
        let note = try #require(try StatementFixtures.note("j"))
        #expect(note.text.contains("You have told us: John Smith (husband), 100%."))
        #expect(note.text.contains("absolute discretion"))
        var subject = Fixtures.subject()
        subject.nominations = []
        #expect(try StatementFixtures.note("j", subject) == nil)
    }

    @Test("Part 3 (k): a pension sharing debit is named with its amount and the figures it reduces; no debit, no note")
    func debits() throws {
        var member = Fixtures.member()
        member.debits = [Debit(kind: .pensionSharing, effectiveOn: CalendarDate(2020, 1, 1), annualAmount: Money(pounds: 500),
                               cashAmount: nil, reference: "PSO-1")]
        let note = try #require(try StatementFixtures.note("k", Fixtures.subject(member)))
        #expect(note.text.contains("a pension sharing (divorce) debit of £500.00 a year"))
        #expect(note.text.contains("your pension projected to your normal pension age"))
        #expect(note.text.contains("based on you retiring at your normal pension age"))
        #expect(try StatementFixtures.note("k") == nil)
    }

    @Test("Part 3 (l): the benefits at 31 March with the member's pension; final salary late retirement increase when NPA is over 65")
    func benefitsAt31March() throws {
        let row = try StatementFixtures.row()
        let pension = try #require(row.money("Annual pension at 31 March 20xx", .benefitsAt31March))
        let note = try #require(try StatementFixtures.note("l", row: row))
        #expect(note.text.contains("the pension of \(pension) a year"))
        #expect(note.text.contains("late retirement increase has been added to them for the time from age 65"))
        let careOnly = Fixtures.subject(StatementFixtures.careOnlyMember(joined: CalendarDate(2015, 6, 1)))
        let careNote = try #require(try StatementFixtures.note("l", careOnly))
        #expect(!careNote.text.contains("late retirement"))
        #expect(try StatementFixtures.note("l", Fixtures.subject(StatementFixtures.deferredMember())) == nil)
    }

    @Test("Part 3 (m): exchanging pension for cash at £12 for £1, with the member's largest lump sum figures")
    func lumpSumExchange() throws {
        let row = try StatementFixtures.row()
        let b = StatementSection.benefitsAt31March
        let lumpSum = try #require(row.money("Increased tax free lump sum at 31 March 20xx if maximum lump sum option taken", b))
        let note = try #require(try StatementFixtures.note("m", row: row))
        #expect(note.text.contains("you get £12.00 of lump sum"))
        #expect(note.text.contains("your lump sum \(lumpSum)"))
        let without = row.clearing("Reduced pension at 31 March 20xx if maximum lump sum option taken", b)
        #expect(try StatementFixtures.note("m", row: without) == nil)
    }
}
