import Testing
import LGPSRules
@testable import LGPSStatements

/// The figures that matter for each age group on 31 March 2025, worked in the test from the row's own supporting
/// data and the rules' definitions: under 55, between 55 and NPA, over NPA, over the 2008 Scheme NPA only.
/// - Source: LGA guide Part 2 Table 1, Part 2A and Part 3 (c), (o) [seed 001]; SI 2013/2356 reg. 30(5), (12B).
@Suite("Item coverage: age groups")
struct ItemCoverageAgeTests {
    static let end = Fixtures.year.end
    let under = StatementSection.underpinUnder2008NPA

    /// `amount` × `factor` to the nearest penny.
    static func times(_ amount: Money, _ factor: Fraction) -> Money {
        Money.rounding(amount.exactly(times: factor), .nearestPennyHalfUp)
    }

    /// The pension given up for the most lump sum with no automatic lump sum: 5/14 of the pension, down to the
    /// penny (lgps-rules.md §6: x = (5·P0 − 0.75·L0)/14 with L0 = 0).
    static func givenUp(_ pension: Money) -> Money { Money(pence: pension.pence * 5 / 14) }

    @Test("Under 55: NPA 67 (SPA), guarantee amounts from the provisional and final figures")
    func underFiftyFive() throws {
        let row = try CoverageSituation.underFiftyFive.row()
        #expect(row.value("Normal Pension Age", in: .personalDetails) == "67")
        #expect(row.value("Normal pension date", in: .personalDetails) == "2042-05-01")
        let assumed = try #require(row.money("Estimated provisional assumed benefits", under))
        let underpin = try #require(row.money("Estimated provisional underpin amount", under))
        #expect(row.money("Estimated survivor guarantee amount", under)
            == Self.times(max(underpin - assumed, .zero), Fraction(49, 160)))
        let finalAssumed = try #require(row.money("Estimated final assumed benefits", under))
        let finalUnderpin = try #require(row.money("Estimated final underpin amount", under))
        #expect(finalAssumed == assumed, "at NPA the CARE side has no age adjustment")
        #expect(finalUnderpin > underpin, "the 2008 side is increased from 65 to the 2014 NPA")
        #expect(row.money("Estimated final guarantee amount", under) == max(finalUnderpin - finalAssumed, .zero))
    }

    @Test("Between 55 and NPA: reduced benefits are each tranche reduced from its own NPA, plus the reduced guarantee")
    func betweenFiftyFiveAndNPA() throws {
        let row = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        let p = Fixtures.parameters
        // Born 1 May 1966: final salary NPA 65 (1 May 2031), CARE NPA 67 (1 May 2033).
        let finalSalary = try earlyRetirementReduction(retirementDate: Self.end, normalPensionDate: CalendarDate(2031, 5, 1),
                                                       sex: .female, tables: p.earlyRetirement).value.pension
        let care = try earlyRetirementReduction(retirementDate: Self.end, normalPensionDate: CalendarDate(2033, 5, 1),
                                                sex: .female, tables: p.earlyRetirement).value.pension
        let s = StatementSection.benefitsSupportingData
        let sixtieths = try #require(row.money("60ths pension", s))
        let carePension = try #require(row.money("Total CARE pension at 31 March 20xx", s))
        let assumed = try #require(row.money("Estimated provisional assumed benefits", under))
        let underpin = try #require(row.money("Estimated provisional underpin amount", under))
        // Reg. 30(12B): the guarantee is worked on the reduced sides and added without further reduction.
        let guarantee = max(Self.times(underpin, finalSalary) - Self.times(assumed, care), .zero)
        let reduced = Self.times(sixtieths, finalSalary) + Self.times(carePension, care) + guarantee
        let r = StatementSection.reducedBenefits
        #expect(row.money("Annual pension at 31 March 20xx", r) == reduced)
        #expect(row.money("Automatic tax free lump sum at 31 March 20xx", r) == .zero)
        #expect(row.money("Reduced pension at 31 March 20xx if maximum lump sum option taken", r)
            == reduced - Self.givenUp(reduced))
        #expect(row.money("Increased tax free lump sum at 31 March 20xx if maximum lump sum option taken", r)
            == Money(pence: Self.givenUp(reduced).pence * 12))
        let unreduced = try #require(row.money("Annual pension at 31 March 20xx", .benefitsAt31March))
        #expect(reduced < unreduced)
        let notQuoted = try CoverageSituation.betweenNotQuoted.row()
        #expect(notQuoted.value("Annual pension at 31 March 20xx", in: .benefitsAt31March) == unreduced.decimalPounds)
    }

    @Test("Over NPA: NPA 66, and the figures at 31 March are the figures at NPA (both payable now)")
    func overNPA() throws {
        let row = try CoverageSituation.overNPA.row()
        #expect(row.value("Normal Pension Age", in: .personalDetails) == "66")
        #expect(row.value("Normal pension date", in: .personalDetails) == "2023-06-01")
        #expect(row.value("Annual pension at 31 March 20xx", in: .benefitsAt31March)
            == row.value("Annual pension at NPA (after divorce/AA debit)", in: .projectionToNPA))
        #expect(row.value("Survivor pension at 31 March 20xx", in: .benefitsAt31March)
            == row.value("Survivor pension (after divorce debit)", in: .projectionToNPA))
        let over = StatementSection.underpinOver2008NPA
        let revaluedAssumed = try #require(row.money("Revalued assumed benefits to 31 March 20xx", over))
        let revaluedUnderpin = try #require(row.money("Revalued underpin amount to 31 March 20xx", over))
        #expect(row.money("Estimated survivor guarantee amount", over)
            == Self.times(max(revaluedUnderpin - revaluedAssumed, .zero), Fraction(49, 160)))
    }

    @Test("Over the 2008 Scheme NPA only (65 on 1 June 2024, NPA 1 June 2025): no increase yet since the underpin date")
    func over2008Only() throws {
        let row = try CoverageSituation.over2008Under2014NPA.row()
        let over = StatementSection.underpinOver2008NPA
        #expect(row.value("Normal pension date", in: .personalDetails) == "2025-06-01")
        // No revaluation or pensions increase order took effect between 1 June 2024 and 31 March 2025.
        #expect(row.value("Revalued assumed benefits to 31 March 20xx", in: over)
            == row.value("Provisional assumed benefits", in: over))
        #expect(row.value("Revalued underpin amount to 31 March 20xx", in: over)
            == row.value("Provisional underpin amount", in: over))
        // The final assumed benefits are at the 2014 NPA, so no age adjustment on that side.
        #expect(row.value("Estimated final assumed benefits", in: over) == row.value("Provisional assumed benefits", in: over))
    }
}
