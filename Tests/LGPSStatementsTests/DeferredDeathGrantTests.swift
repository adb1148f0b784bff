import Testing
import LGPSRules
@testable import LGPSStatements

/// A deferred member's death grant includes the provisional guarantee amount adjusted to the date of death
/// ("updated to include any revaluation adjustment or index rate adjustment ... between the member's underpin date
/// and their date of death"), here the statement date, not the amount at the underpin date. The fixture member
/// left on 31 March 2023 (their underpin date) and is protected; the statement date is 31 March 2025.
/// - Source: SI 2013/2356 reg. 43; SI 2014/525 reg. 4 as amended by SI 2023/972 (draft reg. 4(20), (22), seed 003
///   Annex B); LGA guide Part 4 [seed 001].
@Suite("Deferred statement: the death grant's guarantee amount revalued to 31 March")
struct DeferredDeathGrantTests {
    /// `amount` × `rate`, rounded to the nearest penny (half up), added to it.
    static func plus(_ amount: Money, _ rate: Fraction) -> Money {
        amount + Money.rounding(amount.exactly(times: rate), .nearestPennyHalfUp)
    }

    @Test("5 × (deferred pension + revalued underpin amount − revalued assumed benefits), not the unrevalued guarantee")
    func revaluedGuarantee() throws {
        let member = StatementFixtures.deferredMember()
        let row = try Fixtures.extractor().extract(Fixtures.subject(member), year: Fixtures.year).get()
        let estimate = try MemberCalculator(parameters: Fixtures.parameters).estimate(
            member, facts: Fixtures.facts(), calculationDate: Fixtures.year.end, retirementDate: nil, accruedOnly: true)
        let underpin = estimate.underpin
        #expect(underpin.isProtected && underpin.underpinDate == DeferredAndExceptionTests.left)
        // Assumed benefits, as a deferred pension account: the revaluation adjustment of 10.1% on 6 April 2023,
        // then pensions increase of 6.7% on 8 April 2024.
        let revaluedAssumed = Self.plus(Self.plus(underpin.provisionalAssumedBenefits, Fraction(101, 1_000)),
                                        Fraction(67, 1_000))
        // Underpin amount, pensions increase from 31 March 2023: 1/12 of 10.1% on 10 April 2023 (one month, part
        // month whole), 6.7% in full on 8 April 2024.
        let revaluedUnderpin = Self.plus(Self.plus(underpin.provisionalUnderpinAmount,
                                                   Fraction(101, 1_000) * Fraction(1, 12)), Fraction(67, 1_000))
        #expect(underpin.revaluedAssumedBenefits == revaluedAssumed)
        #expect(underpin.revaluedUnderpinAmount == revaluedUnderpin)
        let guarantee = max(revaluedUnderpin - revaluedAssumed, .zero)
        try #require(guarantee != underpin.provisionalGuaranteeAmount, "the revaluation must change the guarantee")
        let deferredPension = estimate.lines.filter { $0.kind != .finalGuaranteeAmount }.reduce(Money.zero) { $0 + $1.pension }
        let grant = Money.rounding((deferredPension + guarantee).exactly(times: Fraction(5)), .nearestPennyHalfUp)
        #expect(row.money("Lump sum death grant", .deferredBenefits) == grant)
        let unrevalued = Money.rounding((deferredPension + underpin.provisionalGuaranteeAmount).exactly(times: Fraction(5)),
                                        .nearestPennyHalfUp)
        #expect(row.money("Lump sum death grant", .deferredBenefits) != unrevalued)
        // The figures: assumed £6,094.74 + £615.57 (10.1%) = £6,710.31, + £449.59 (6.7%) = £7,159.90; underpin
        // £8,005.48 + £67.38 (10.1% / 12) = £8,072.86, + £540.88 (6.7%) = £8,613.74; guarantee £1,453.84 (it was
        // £1,910.74 at the underpin date). Deferred pension £4,306.87 (60ths) + £8,598.39 (CARE) = £12,905.26.
        // Grant 5 × (£12,905.26 + £1,453.84) = £71,795.50, not 5 × (£12,905.26 + £1,910.74) = £74,080.00.
        #expect(underpin.provisionalAssumedBenefits == Money(pence: 609_474))
        #expect(underpin.provisionalUnderpinAmount == Money(pence: 800_548))
        #expect(deferredPension == Money(pence: 1_290_526))
        #expect(row.value("Lump sum death grant", in: .deferredBenefits) == "71795.50")
        #expect(unrevalued == Money(pence: 7_408_000))
    }
}
