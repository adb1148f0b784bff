import Testing
import LGPSRules
@testable import LGPSStatements

/// The figures that matter for each member situation, worked in the test: 50/50 in the year, partnered or not,
/// debits, protection, more than one post, a part-year joiner, a transfer in during the year.
/// - Source: LGA guide Part 2 Table 1, Part 2A, Part 3 (a), (i), (k) [seed 001]; SI 2013/2356 regs. 23, 33, 40.
@Suite("Item coverage: member situations")
struct ItemCoverageMemberTests {
    let s = StatementSection.benefitsSupportingData, b = StatementSection.benefitsAt31March

    @Test("50/50 in the year: the section on 31 March, and the year's pension at 1/49 and 1/98")
    func fiftyFifty() throws {
        let row = try CoverageSituation.fiftyFiftyInYear.row()
        #expect(row.value("Section of scheme on 31 March 20xx", in: .personalDetails) == "50/50 section")
        #expect(row.value("Pensionable pay for year ending 31 March 20xx", in: .personalDetails) == "60000.00")
        #expect(row.value("CARE pension in year main section", in: s) == "612.24")  // £30,000 / 49 = £612.245
        #expect(row.value("CARE pension in year 50/50 section", in: s) == "306.12")  // £30,000 / 98 = £306.122
        #expect(row.value("Total CARE build-up in year", in: s) == "918.36")
    }

    @Test("Partnered or not: no survivor's pension for a single member, and the member's own figures unchanged")
    func partnered() throws {
        let married = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        let single = try CoverageSituation.single.row()
        #expect(married.value("Partnership status (used in calculation of survivor benefits)", in: .personalDetails) == "Married")
        #expect(single.value("Partnership status (used in calculation of survivor benefits)", in: .personalDetails)
            == "No survivor pension quoted (no partner recorded)")
        #expect(single.value("Partnership status (recorded)", in: .personalDetails) == "Single")
        for item in ["Annual pension at 31 March 20xx", "Automatic tax free lump sum at 31 March 20xx"] {
            #expect(single.value(item, in: b) == married.value(item, in: b))
        }
        #expect(single.value("Lump sum death grant", in: .deathBenefits) == married.value("Lump sum death grant", in: .deathBenefits))
    }

    @Test("Debits: £500 pension sharing and £250 scheme pays come off the pension at 31 March and at NPA")
    func debits() throws {
        let plain = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        let row = try CoverageSituation.withDebits.row()
        let total = CoverageSituation.sharingDebit + CoverageSituation.schemePaysDebit
        #expect(row.value("Divorce debit to pension", in: b) == "500.00")
        #expect(row.value("Annual Allowance Scheme pays debit", in: b) == "250.00")
        #expect(row.value("Pension divorce debit", in: .projectionToNPA) == "500.00")
        let before = "Annual pension at 31 March 20xx (before divorce or Annual Allowance (AA) debit applied)"
        #expect(row.value(before, in: b) == plain.value(before, in: b))
        let gross = try #require(row.money(before, b))
        let net = gross - total
        #expect(row.money("Annual pension at 31 March 20xx", b) == net)
        // The most lump sum on the pension after debits: 5/14 of it given up, £12 for each £1 (reg. 33).
        let givenUp = ItemCoverageAgeTests.givenUp(net)
        #expect(row.money("Reduced pension at 31 March 20xx if maximum lump sum option taken", b) == net - givenUp)
        let atNPA = try #require(row.money("Annual pension at NPA (before divorce or AA debit applied)", .projectionToNPA))
        #expect(row.money("Annual pension at NPA (after divorce/AA debit)", .projectionToNPA) == atNPA - total)
    }

    @Test("Debits: a pension sharing order's £900 lump sum debit and £200 survivor debit are quoted and come off those figures")
    func debitParts() throws {
        let plain = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        let row = try CoverageSituation.withDebits.row()
        let lumpSum = CoverageSituation.sharingLumpSumDebit, survivor = CoverageSituation.sharingSurvivorDebit
        let d = StatementSection.deathBenefits, p = StatementSection.projectionToNPA
        #expect(row.value("Divorce debit to lump sum", in: b) == "900.00")
        #expect(row.value("Divorce debit to survivor pension", in: b) == "200.00")
        #expect(row.value("Divorce debit to survivor’s pension", in: d) == "200.00")
        #expect(row.value("Pension lump sum debit", in: p) == "900.00")
        #expect(row.value("Divorce debit to survivor pension", in: p) == "200.00")
        #expect(plain.value("Divorce debit to lump sum", in: b).isEmpty)
        let beforeLumpSum = "Automatic tax free lump sum at 31 March 20xx (before divorce debit applied)"
        #expect(row.value(beforeLumpSum, in: b) == plain.value(beforeLumpSum, in: b))
        // The fixture member joined in 2010, so has no automatic lump sum: the debit leaves it at nothing.
        #expect(row.value(beforeLumpSum, in: b) == "0.00" && lumpSum > .zero)
        #expect(row.value("Automatic tax free lump sum at 31 March 20xx", in: b) == "0.00")
        let survivorBefore = try #require(row.money("Annual survivor's pension", b))
        #expect(row.money("Survivor pension at 31 March 20xx", b) == survivorBefore - survivor)
        let deathBefore = try #require(row.money("Annual survivor's pension (before debit applied)", d))
        #expect(row.money("Annual survivor’s pension", d) == deathBefore - survivor)
        #expect(row.value("Automatic tax free lump sum at NPA (after divorce debit)", in: p) == "0.00")
        let npaSurvivor = try #require(row.money("Survivor pension (before divorce debit)", p))
        #expect(row.money("Survivor pension (after divorce debit)", p) == npaSurvivor - survivor)
    }

    @Test("A debit bigger than the benefit leaves nothing, never a negative figure")
    func debitNeverNegative() {
        #expect(DebitTotals.after(Money(pounds: 100), less: Money(pounds: 250)) == .zero)
        #expect(DebitTotals.after(Money(pounds: 300), less: Money(pounds: 250)) == Money(pounds: 50))
    }

    @Test("Protected and not: a 2015 joiner has no Part 2A figures and no final salary; the fixture member has both")
    func protection() throws {
        let protected = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        let row = try CoverageSituation.notProtected.row()
        #expect(protected.value("Protected by the McCloud remedy", in: .mcCloudRemedy) == "Yes")
        #expect(row.value("Protected by the McCloud remedy", in: .mcCloudRemedy) == "No")
        #expect(row.value("Underpin protection not reflected (2025 discretion)", in: .mcCloudRemedy) == "No")
        #expect(row.value("Date pensionable service started", in: .personalDetails) == "2015-04-01")
        // No final guarantee amount, so the pension at 31 March is the CARE pension alone (at NPA, unreduced).
        #expect(row.value("Annual pension at 31 March 20xx", in: b) == row.value("Total CARE pension at 31 March 20xx", in: s))
    }

    @Test("More than one post: each row names the other post (Part 3 (a))")
    func multiplePosts() throws {
        let row = try CoverageSituation.multiplePosts.row()
        #expect(row.value("Reference number", in: .personalDetails) == "M0010")
        #expect(row.value("Other posts (reference numbers)", in: .personalDetails) == "M0011")
    }

    @Test("Part-year joiner on 1 October 2024: the half year's pension, and a death grant of 3 × pay grossed up to a year")
    func partYearJoiner() throws {
        let row = try CoverageSituation.partYearJoiner.row()
        #expect(row.value("Date pensionable service started", in: .personalDetails) == "2024-10-01")
        #expect(row.value("Pensionable pay for year ending 31 March 20xx", in: .personalDetails) == "12000.00")
        #expect(row.value("CARE pension in year main section", in: s) == "244.90")  // £12,000 / 49 = £244.898
        #expect(row.value("Total CARE pension at 31 March 20xx", in: s) == "244.90")
        // APP: £12,000 over the 182 days from 1 October 2024 to 31 March 2025, × 365 = £24,065.93; grant 3 × APP.
        let app = Money.rounding(CoverageSituation.joinerPay.exactly(times: Fraction(365, 182)), .nearestPennyHalfUp)
        #expect(app == Money(pence: 2_406_593))
        #expect(row.money("Lump sum death grant", .deathBenefits) == Money(pence: app.pence * 3))
    }

    @Test("Transfer in during the year: the credit shows in the year's build-up and the account, with no revaluation yet")
    func transferIn() throws {
        let plain = try CoverageSituation.betweenFiftyFiveAndNPA.row()
        let row = try CoverageSituation.transferInYear.row()
        #expect(row.value("CARE transfer in completed in year", in: s) == "1234.00")
        #expect(plain.value("CARE transfer in completed in year", in: s) == "0.00")
        // The fixture's year: £60,000 / 49 = £1,224.48 earned, plus the £1,234.00 credit.
        #expect(row.value("Total CARE build-up in year", in: s) == "2458.48")
        let total = try #require(row.money("Total CARE pension at 31 March 20xx", s))
        #expect(plain.money("Total CARE pension at 31 March 20xx", s) == total - CoverageSituation.transferIn)
    }
}
