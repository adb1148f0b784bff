import Testing
import PropertyBased
import LGPSRules

private typealias F = RulesAFixture

/// A lump sum chosen in pounds, turned into pension given up at 12:1 (SI 2013/2356 reg. 33; lgps-rules.md §6).
@Suite("Rules: lump sum commutation")
struct LumpSumCommutationTests {
    static let date = F.d(2025, 6, 1)

    @Test("SI 2013/2356 reg. 33(1): £12,000 asked for gives up £1,000 a year of a £10,000 pension, leaving £9,000")
    func twelveToOne() throws {
        let c = try commutationForLumpSum(Money(pounds: 12_000), pension: Money(pounds: 10_000), automaticLumpSum: .zero,
                                          on: Self.date, terms: F.p.commutation)
        #expect(c.value.commutedPension == Money(pounds: 1_000))
        #expect(c.value.commutationLumpSum == Money(pounds: 12_000))
        #expect(c.value.residualPension == Money(pounds: 9_000))
        #expect(c.steps.contains { $0.regulation == "SI 2013/2356 reg. 33(1)" })
    }

    @Test("£10,000 asked for gives up £833.34 a year (÷ 12 rounded up to the penny) for a lump sum of £10,000.08")
    func roundsPensionUp() throws {
        let c = try commutationForLumpSum(Money(pounds: 10_000), pension: Money(pounds: 10_000), automaticLumpSum: .zero,
                                          on: Self.date, terms: F.p.commutation)
        #expect(c.value.commutedPension == F.pounds("833.34"))
        #expect(c.value.commutationLumpSum == F.pounds("10000.08"))
    }

    @Test("lgps-rules.md §6: the maximum with a £9,000 automatic lump sum is allowed; a penny more is refused")
    func maximumWithAutomaticLumpSum() throws {
        let pension = Money(pounds: 6_000), automatic = Money(pounds: 9_000)
        let most = try maximumCommutation(pension: pension, automaticLumpSum: automatic, on: Self.date,
                                          terms: F.p.commutation).value
        let at = try commutationForLumpSum(most.commutationLumpSum, pension: pension, automaticLumpSum: automatic,
                                           on: Self.date, terms: F.p.commutation)
        #expect(at.value == most)
        #expect(at.value.totalLumpSum == F.pounds("28928.52"))
        #expect(throws: CommutationError.self) {
            try commutationForLumpSum(most.commutationLumpSum + Money(pence: 1), pension: pension,
                                      automaticLumpSum: automatic, on: Self.date, terms: F.p.commutation)
        }
    }

    @Test("A negative lump sum is refused")
    func negative() {
        #expect(throws: CommutationError.negative(Money(pence: -1))) {
            try commutationForLumpSum(Money(pence: -1), pension: Money(pounds: 1_000), automaticLumpSum: .zero,
                                      on: Self.date, terms: F.p.commutation)
        }
    }

    @Test("Property: pension given up × 12 is the lump sum asked for, or up to 11p more; the lump sums add up")
    func givenUpTimesTwelve() async {
        await propertyCheck(count: 500, input: Gen.int64(in: 0...20_000_000), Gen.int64(in: 0...1_000)) { pension, per in
            let most = try maximumCommutation(pension: Money(pence: pension), automaticLumpSum: .zero, on: Self.date,
                                              terms: F.p.commutation).value.commutationLumpSum
            let asked = Money(pence: most.pence * per / 1_000)
            let c = try commutationForLumpSum(asked, pension: Money(pence: pension), automaticLumpSum: .zero,
                                              on: Self.date, terms: F.p.commutation)
            let difference = c.value.commutedPension.pence * 12 - asked.pence
            #expect((0...11).contains(difference))
            #expect(c.value.commutationLumpSum.pence == c.value.commutedPension.pence * 12)
            #expect(c.map(\.totalLumpSum).sumOfAddends == c.value.totalLumpSum)
        }
    }

    @Test("Property: more lump sum never leaves more pension")
    func moreLumpSumNeverRaisesPension() async {
        await propertyCheck(count: 500, input: Gen.int64(in: 1...20_000_000), Gen.int64(in: 0...1_000),
                            Gen.int64(in: 0...1_000)) { pension, a, b in
            let most = try maximumCommutation(pension: Money(pence: pension), automaticLumpSum: .zero, on: Self.date,
                                              terms: F.p.commutation).value.commutationLumpSum
            let (low, high) = (min(a, b), max(a, b))
            func left(_ per: Int64) throws -> Money {
                try commutationForLumpSum(Money(pence: most.pence * per / 1_000), pension: Money(pence: pension),
                                          automaticLumpSum: .zero, on: Self.date, terms: F.p.commutation)
                    .value.residualPension
            }
            #expect(try left(high) <= left(low))
        }
    }
}
