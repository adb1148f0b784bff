import Testing
import PropertyBased
import LGPSRules

private typealias F = RulesAFixture

@Test("Property: more final pay never lowers the final-salary pension, whose addends sum to it")
func morePayMoreFinalSalaryPension() async {
    await propertyCheck(count: 1000, input: Gen.int64(in: 0...20_000_000), Gen.int64(in: 0...2_000_000),
                        Gen.int64(in: 0...15_000), Gen.int64(in: 0...2_200)) { pay, extra, days80, days60 in
        let membership = TrancheMembership(eightiethsDays: Fraction(days80), sixtiethsDays: Fraction(days60), daysPerYear: 365)
        let low = try finalSalaryPension(membership: membership, finalPay: Money(pence: pay), on: F.d(2025, 1, 1),
                                         accrual: F.p.accrual)
        let high = try finalSalaryPension(membership: membership, finalPay: Money(pence: pay + extra), on: F.d(2025, 1, 1),
                                          accrual: F.p.accrual)
        #expect(low.value <= high.value)
        #expect(high.sumOfAddends == high.value)
    }
}
