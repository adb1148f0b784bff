import Testing
import PropertyBased
import LGPSRules

private typealias F = RulesAFixture

@Test("Property: commutation never exceeds the 25% cap and leaves a pension ≥ 0 (SI 2013/2356 reg. 33(2))")
func commutationWithinCap() async {
    await propertyCheck(count: 1000, input: Gen.int64(in: 0...20_000_000), Gen.int64(in: 0...300)) { pension, lumpPercent in
        let lump = Money(pence: pension * 3 * lumpPercent / 300)
        let terms = try F.p.commutation.value(on: F.d(2025, 1, 1))
        let c = try maximumCommutation(pension: Money(pence: pension), automaticLumpSum: lump, on: F.d(2025, 1, 1),
                                       terms: F.p.commutation)
        let v = c.value
        let capital = terms.capitalValueFactor * v.residualPension.exact + v.totalLumpSum.exact
        #expect(v.totalLumpSum.exact <= terms.maximumShareOfCapitalValue * capital)
        #expect(v.residualPension >= .zero)
        let total = try maximumLumpSum(pension: Money(pence: pension), automaticLumpSum: lump, on: F.d(2025, 1, 1),
                                       terms: F.p.commutation)
        #expect(total.sumOfAddends == total.value)
    }
}
