import Testing
import LGPSRules

private typealias F = RulesAFixture

@Test("lgps-rules.md §6: with no automatic lump sum, commute (5P)/14: £10,000 gives up £3,571.42 for £42,857.04")
func maximumWithoutLumpSum() throws {
    let c = try maximumCommutation(pension: Money(pounds: 10_000), automaticLumpSum: .zero, on: F.d(2025, 1, 1),
                                   terms: F.p.commutation)
    #expect(c.value.commutedPension == F.pounds("3571.42"))
    #expect(c.value.commutationLumpSum == F.pounds("42857.04"))
    #expect(c.value.residualPension == F.pounds("6428.58"))
}

@Test("lgps-rules.md §6: (5P − 0.75L)/14 with P £6,000 and L £9,000: £1,660.71 commuted, total lump sum £28,928.52")
func maximumWithLumpSum() throws {
    let m = try maximumLumpSum(pension: Money(pounds: 6_000), automaticLumpSum: Money(pounds: 9_000), on: F.d(2025, 1, 1),
                               terms: F.p.commutation)
    #expect(m.value == F.pounds("28928.52") && m.sumOfAddends == m.value)
    // (60P + 5L)/14 = £28,928.57 exactly before rounding the commuted pension down to the penny.
}

@Test("SI 2013/2356 reg. 33: a chosen amount over the maximum is refused; within it, 12 × the pension given up")
func chosenAmount() throws {
    #expect(throws: CommutationError.exceedsMaximum(requested: Money(pounds: 4_000), maximum: F.pounds("3571.42"))) {
        try commute(pension: Money(pounds: 10_000), automaticLumpSum: .zero, commutedPension: Money(pounds: 4_000),
                    on: F.d(2025, 1, 1), terms: F.p.commutation)
    }
    let c = try commute(pension: Money(pounds: 10_000), automaticLumpSum: .zero, commutedPension: Money(pounds: 1_000),
                        on: F.d(2025, 1, 1), terms: F.p.commutation)
    #expect(c.value.totalLumpSum == Money(pounds: 12_000) && c.value.residualPension == Money(pounds: 9_000))
}

@Test("lgps-rules.md §6: the tax-free part is limited by the £268,275 lump sum allowance; the excess is flagged")
func lumpSumAllowance() throws {
    let t = try lumpSumAllowanceTest(lumpSum: Money(pounds: 300_000), previouslyUsed: .zero, on: F.d(2025, 1, 1),
                                     allowance: F.p.lumpSumAllowance)
    #expect(t.value.taxFree == Money(pounds: 268_275) && t.value.excess == Money(pounds: 31_725) && t.value.isExceeded)
    #expect(throws: ParameterError.self) {
        try lumpSumAllowanceTest(lumpSum: .zero, previouslyUsed: .zero, on: F.d(2023, 1, 1), allowance: F.p.lumpSumAllowance)
    }
}
