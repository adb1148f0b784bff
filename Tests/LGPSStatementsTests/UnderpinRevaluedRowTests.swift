import Testing
import LGPSRules
@testable import LGPSStatements

/// LGA annual benefit statements guide Part 2A, "Members protected by the underpin and over 2008 Scheme NPA on
/// 31 March 20xx": "Revalued assumed benefits to 31 March 20xx" (revaluation and pensions increase) and "Revalued
/// underpin amount to 31 March 20xx" (pensions increase), and the survivor guarantee amount worked from them.
/// The fixture member born 1 June 1957 reached 65, their underpin date, on 1 June 2022 and is still active.
@Suite("Part 2A: revalued to 31 March (over 2008 Scheme NPA)")
struct UnderpinRevaluedRowTests {
    static let over = StatementSection.underpinOver2008NPA

    static func person(born: CalendarDate) -> Person {
        var person = Fixtures.person()
        person.dateOfBirth = born
        return person
    }

    static func row(_ member: MemberRecord = Fixtures.member(), born: CalendarDate) throws -> ExtractRow {
        try Fixtures.extractor().extract(Fixtures.subject(member, person: person(born: born)), year: Fixtures.year).get()
    }

    /// `amount` × `rate`, rounded to the nearest penny (half up), added to it.
    static func plus(_ amount: Money, _ rate: Fraction) -> Money {
        amount + Money.rounding(amount.exactly(times: rate), .nearestPennyHalfUp)
    }

    @Test("Over 2008 NPA since 1 June 2022: the revalued items are the provisional amounts carried to 31 March 2025")
    func filledOverNPA() throws {
        let row = try Self.row(born: CalendarDate(1957, 6, 1))
        let assumed = try #require(row.money("Provisional assumed benefits", Self.over))
        let underpin = try #require(row.money("Provisional underpin amount", Self.over))
        // Assumed benefits, as the active pension account: revaluation 10.1% on 6 April 2023, 6.7% on 6 April 2024.
        let revaluedAssumed = Self.plus(Self.plus(assumed, Fraction(101, 1_000)), Fraction(67, 1_000))
        // Underpin amount, pensions increase from 1 June 2022: 11/12 of 10.1% on 10 April 2023 (11 months, part
        // month whole), 6.7% in full on 8 April 2024.
        let revaluedUnderpin = Self.plus(Self.plus(underpin, Fraction(101, 1_000) * Fraction(11, 12)), Fraction(67, 1_000))
        #expect(row.money("Revalued assumed benefits to 31 March 20xx", Self.over) == revaluedAssumed)
        #expect(row.money("Revalued underpin amount to 31 March 20xx", Self.over) == revaluedUnderpin)
        // Survivor guarantee amount: 49/160 × the revalued difference (seed 001 Part 2A, over NPA).
        let difference = max(revaluedUnderpin - revaluedAssumed, .zero)
        try #require(difference > .zero, "the fixture's pay trebles in 2019, so the underpin bites")
        #expect(row.money("Estimated survivor guarantee amount", Self.over)
            == Money.rounding(difference.exactly(times: Fraction(49, 160)), .nearestPennyHalfUp))
        // Final figures start from the revalued amounts, with late retirement increases (both NPAs are past).
        let finalAssumed = try #require(row.money("Estimated final assumed benefits", Self.over))
        let finalUnderpin = try #require(row.money("Estimated final underpin amount", Self.over))
        #expect(finalAssumed > revaluedAssumed && finalUnderpin > revaluedUnderpin)
        #expect(row.money("Estimated final guarantee amount", Self.over) == max(finalUnderpin - finalAssumed, .zero))
    }

    @Test("Blank under 2008 NPA on 31 March, and blank for a member over it who is not protected")
    func blankOtherwise() throws {
        let items = ["Revalued assumed benefits to 31 March 20xx", "Revalued underpin amount to 31 March 20xx"]
        let under = try Self.row(born: Fixtures.person().dateOfBirth)
        #expect(under.value("Protected by the McCloud remedy", in: .mcCloudRemedy) == "Yes")
        let joinedLate = StatementFixtures.careOnlyMember(joined: CalendarDate(2015, 4, 1))
        let notProtected = try Self.row(joinedLate, born: CalendarDate(1957, 6, 1))
        #expect(notProtected.value("Protected by the McCloud remedy", in: .mcCloudRemedy) == "No")
        for item in items {
            #expect(under.value(item, in: Self.over) == "")
            #expect(notProtected.value(item, in: Self.over) == "")
        }
        #expect(!under.value("Estimated provisional assumed benefits", in: .underpinUnder2008NPA).isEmpty)
    }
}
