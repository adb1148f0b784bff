import Testing
import LGPSRules
@testable import LGPSStatements

/// The items a review found never filled, with their figures worked by hand: the assumed pensionable pay the
/// death grant is worked on, the survivor's pension split into its final salary and CARE parts, added years
/// bought, and the membership lines of the projection's supporting data. The fixture member joined on
/// 1 April 2010 (60ths membership to 31 March 2014: 1,461 days, whole-time), with final pay and a 2024/25 Scheme
/// year's pay of £60,000.
/// - Source: LGA annual benefit statements guide, Part 2 Table 1 [seed 001]; SI 2013/2356 regs. 40, 41(4);
///   SI 1997/1612 reg. 55; SI 2007/1166 regs. 4–5.
@Suite("Item coverage: items filled from the engine")
struct ItemCoverageFilledTests {
    let d = StatementSection.deathBenefits, s = StatementSection.benefitsSupportingData
    let p = StatementSection.projectionSupportingData

    @Test("APP used in the death grant: a full year's pay of £60,000, so a grant of 3 × £60,000 = £180,000")
    func appFullYear() throws {
        let row = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        #expect(row.value("APP used in death grant calculation", in: d) == "60000.00")
        #expect(row.value("Lump sum death grant", in: d) == "180000.00")
    }

    @Test("APP used in the death grant: a part-year joiner's £12,000 grossed up to a year is £24,065.93")
    func appPartYear() throws {
        let row = try CoverageSituation.partYearJoiner.row()
        // £12,000 for the 182 days from 1 October 2024 to 31 March 2025, × 365 / 182 = £24,065.934 → £24,065.93;
        // the grant is 3 × £24,065.93 = £72,197.79.
        #expect(row.value("APP used in death grant calculation", in: d) == "24065.93")
        #expect(row.value("Lump sum death grant", in: d) == "72197.79")
    }

    @Test("APP is not used for a deferred member's death grant (5 × the deferred pension), so the engine gives none")
    func appNotUsedWhenDeferred() throws {
        let estimate = try MemberCalculator(parameters: Fixtures.parameters).estimate(
            StatementFixtures.deferredMember(), facts: Fixtures.facts(), calculationDate: Fixtures.year.end,
            retirementDate: nil)
        #expect(estimate.death.assumedPensionablePay == nil)
        #expect(estimate.death.deathGrant > .zero)
    }

    @Test("Survivor's pension split: final salary part 1/160 × £60,000 × 1,461/365 years = £1,501.03, CARE the rest")
    func survivorSplit() throws {
        let row = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        // £60,000 × 1,461 / 365 / 160 = £1,501.0274 → £1,501.03, on death in service and as a deferred member alike
        // (no pensions increase between leaving on 31 March and dying the same day).
        for section in [d, s] {
            #expect(row.value("Final salary survivor pension", in: section) == "1501.03")
        }
        let inService = try #require(row.money("Annual survivor’s pension", d))
        #expect(row.money("CARE survivor pension", d) == inService - Money(pence: 150_103))
        let asLeaver = try #require(row.money("Survivor pension at 31 March 20xx", .benefitsAt31March))
        #expect(row.money("CARE survivor pension", s) == asLeaver - Money(pence: 150_103))
        // Death in service adds the prospective enhancement to NPA, so its CARE part is the larger: £8,202.27 less
        // £1,501.03 is £6,701.24; as a leaver, £5,168.37 less £1,501.03 is £3,667.34.
        #expect(inService > asLeaver)
        #expect(row.value("CARE survivor pension", in: d) == "6701.24")
        #expect(row.value("CARE survivor pension", in: s) == "3667.34")
    }

    @Test("Survivor's pension split: a CARE-only member's is all CARE; a single member has neither part")
    func survivorSplitBlank() throws {
        let careOnly = try CoverageSituation.notProtected.row()
        #expect(careOnly.value("Final salary survivor pension", in: d) == "")
        #expect(careOnly.value("CARE survivor pension", in: d) == careOnly.value("Annual survivor’s pension", in: d))
        let single = try CoverageSituation.single.row()
        for section in [d, s] {
            #expect(single.value("Final salary survivor pension", in: section) == "")
            #expect(single.value("CARE survivor pension", in: section) == "")
        }
    }

    @Test("Added years: 731 days bought over a contract spanning April 2008 count 366 days at 80ths and 365 at 60ths")
    func addedYears() throws {
        let row = try CoverageSituation.withAddedYears.row()
        for section in [s, p] {
            #expect(row.value("Added years purchased (80ths)", in: section) == "1 year 1 day")
            #expect(row.value("Added years purchased (60ths)", in: section) == "1 year 0 days")
            #expect(row.value("80ths service", in: section) == "0 years 0 days")
            #expect(row.value("60ths service", in: section) == "4 years 1 day")
            // 1,461 days of service and 731 added: 2,192 days, 6 years and 2 days.
            #expect(row.value("Total FS service", in: section) == "6 years 2 days")
            // £60,000 × 366/365 / 80 = £752.0548 → £752.05; lump sum × 3/80 = £2,256.1644 → £2,256.16.
            #expect(row.value("80ths pension", in: section) == "752.05")
            #expect(row.value("Automatic lump sum", in: section) == "2256.16")
            // £60,000 × (1,461 + 365)/365 / 60 = £5,002.7397 → £5,002.74.
            #expect(row.value("60ths pension", in: section) == "5002.74")
        }
        let plain = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        #expect(plain.value("Added years purchased (80ths)", in: s) == "")
        #expect(plain.value("Added years purchased (60ths)", in: s) == "")
    }

    @Test("Projection supporting data: the membership lines, the same final salary membership as at 31 March")
    func projectionMembership() throws {
        let row = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        // 1 April 2010 to 31 March 2014: 1,461 days, 4 years and 1 day, all at 60ths.
        #expect(row.value("80ths service", in: p) == "0 years 0 days")
        #expect(row.value("60ths service", in: p) == "4 years 1 day")
        #expect(row.value("Total FS service", in: p) == "4 years 1 day")
        let careOnly = try CoverageSituation.notProtected.row()
        #expect(careOnly.value("Total FS service", in: p) == "")
    }

    @Test("Page: the APP, the survivor's pension parts, added years and the projection's membership are shown")
    func shownOnThePage() throws {
        let subject = CoverageSituation.withAddedYears.subject
        let html = try StatementFixtures.render(subject, settings: CoverageSituation.withAddedYears.settings).html
        let death = Self.table("death-benefits-table", in: html)
        #expect(death.contains("<th scope=\"row\">Assumed pensionable pay used for the death grant</th>"
            + "<td class=\"numeric\">£60,000.00</td>"))
        // With the added years the survivor counts 2,192 days: £60,000 × 2,192 / 365 / 160 = £2,252.055 → £2,252.05.
        #expect(death.contains("Final salary part of the survivor") && death.contains("£2,252.05</td>"))
        #expect(death.contains("CARE part of the survivor"))
        let finalSalary = Self.table("final-salary-table", in: html)
        #expect(finalSalary.contains("<th scope=\"row\">Added years bought (80ths)</th><td>1 year 1 day</td>"))
        #expect(finalSalary.contains("<th scope=\"row\">Added years bought (60ths)</th><td>1 year 0 days</td>"))
        #expect(finalSalary.contains("<th scope=\"row\">Total final salary membership</th><td>6 years 2 days</td>"))
        let projection = Self.table("projection-made-up-table", in: html)
        #expect(projection.contains("</caption>"))
        #expect(projection.contains("<th scope=\"row\">Added years bought (80ths)</th><td>1 year 1 day</td>"))
        #expect(projection.contains("<th scope=\"row\">Membership built up in 60ths</th><td>4 years 1 day</td>"))
        #expect(projection.contains("<th scope=\"row\">Total final salary membership</th><td>6 years 2 days</td>"))
        // No 80ths service of its own: the empty tranche is left out.
        #expect(!projection.contains("Membership built up in 80ths"))
    }

    /// The table whose caption has `id`, from its caption to its end (empty when there is none).
    static func table(_ id: String, in html: String) -> Substring {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        let rest = html[start.lowerBound...]
        return rest.range(of: "</table>").map { rest[..<$0.upperBound] } ?? rest
    }

    @Test("APC totals: £100 bought in 2023/24 revalued by 6.7% on 6 April 2024, plus £50 bought in 2024/25, is £156.70")
    func apcTotals() throws {
        let row = try CoverageSituation.withAPC.row()
        // £100 × 6.7% = £6.70 (the account's revaluation on 6 April 2024), then £50 more: £156.70, at 31 March 2025
        // and at NPA (the projection buys no more APC).
        #expect(row.value("Total APC purchased / awarded (inc revaluation to 31/03/20xx)", in: s) == "156.70")
        #expect(row.value("Total APC purchased / awarded at NPA (inc revaluation to date)", in: p) == "156.70")
        #expect(row.value("APC bought / awarded in year", in: s) == "50.00")
        #expect(try CoverageSituation.betweenFiftyFiveAndNPA.row()
            .value("Total APC purchased / awarded (inc revaluation to 31/03/20xx)", in: s).isEmpty)
    }

    @Test("ARC pension: £120 credited for 2022/23 and for 2023/24, with pensions increases, is £249.79 at 31 March 2025")
    func arcPension() throws {
        let row = try CoverageSituation.withARC.row(), base = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        // £120 from 31 March 2023: 10 April 2023 10.1% × 1/12 = £1.01; 8 April 2024 6.7% of £121.01 = £8.11: £129.12.
        // £120 from 31 March 2024: 8 April 2024 6.7% × 1/12 = £0.67: £120.67. Together £249.79.
        #expect(row.value("ARC purchased (inc PI to 31/03/20xx)", in: s) == "249.79")
        // At NPA the orders since held are added: 7 April 2025 1.7% (£2.20, £2.05) and 6 April 2026 3.8% (£4.99,
        // £4.66): £136.31 + £127.38 = £263.69.
        #expect(row.value("ARC purchased (inc PI to 31/03/20xx)", in: p) == "263.69")
        let sixty = try #require(base.money("60ths pension", s))
        #expect(row.money("Total final salary pension", s) == sixty + Money(pence: 24_979))
        #expect(base.value("ARC purchased (inc PI to 31/03/20xx)", in: s).isEmpty)
        // Paid with the final salary pension from the 2008 Scheme NPA (65), so with its late retirement increase
        // to the member's NPA (67): the increase on the 60ths pension, applied to the ARC pension.
        let estimate = try MemberCalculator(parameters: Fixtures.parameters).estimate(
            CoverageSituation.withARC.subject.member, facts: Fixtures.facts(), calculationDate: Fixtures.year.end,
            retirementDate: nil)
        let arcStep = try #require(estimate.steps.first { $0.title.hasPrefix("Pension bought by additional regular") })
        let sixtyStep = try #require(estimate.steps.first { $0.title.hasPrefix("Pension for membership April 2008") })
        let factor = try #require(arcStep.inputs.first { $0.label == "Factor" })
        #expect(factor == sixtyStep.inputs.first { $0.label == "Factor" })
        guard case .money(let paid) = arcStep.result, case .fraction(let f) = factor.value else {
            Issue.record("ARC step has no amount or factor"); return
        }
        #expect(f > .one && paid == Money.rounding(Money(pence: 24_979).exactly(times: f), .nearestPennyHalfUp))
        let before = "Annual pension at 31 March 20xx (before divorce or Annual Allowance (AA) debit applied)"
        #expect(row.money(before, .benefitsAt31March) == base.money(before, .benefitsAt31March).map { $0 + paid })
        // No survivor cover is assumed for ARC; the active member's death grant is on pay, so neither changes.
        #expect(row.value("Annual survivor's pension (before debit applied)", in: d)
            == base.value("Annual survivor's pension (before debit applied)", in: d))
        #expect(row.value("Lump sum death grant", in: d) == base.value("Lump sum death grant", in: d))
    }
}
