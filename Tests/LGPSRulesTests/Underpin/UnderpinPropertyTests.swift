import LGPSRules
import PropertyBased
import Testing

/// Properties of the underpin (DESIGN.md "the guarantee amount is never negative"; seed 003 Annex B reg. 4(4),
/// (10), (21); seed 001 Part 2A), each over 1,000 generated cases.
struct UnderpinPropertyTests {
    let parameters = TestParameters.parameters
    static let amounts = Gen.int64(in: 0...20_000_000)        // up to £200,000 a year, in pence
    static let multipliers = Gen.int64(in: 500...2_000)       // thousandths: 0.5 to 2.0

    @Test("The provisional guarantee amount is never negative and its addends sum to it")
    func provisionalNeverNegative() async {
        await propertyCheck(count: 1_000, input: Self.amounts, Self.amounts) { underpin, assumed in
            let result = provisionalGuaranteeAmount(provisionalUnderpinAmount: Money(pence: underpin),
                                                    provisionalAssumedBenefits: Money(pence: assumed))
            #expect(result.value >= .zero)
            #expect(result.value == max(Money(pence: underpin - assumed), .zero))
            #expect(result.sumOfAddends == result.value)
        }
    }

    @Test("The final guarantee amount is never negative, whatever the increases and age factors")
    func finalNeverNegative() async {
        await propertyCheck(count: 1_000, input: Self.amounts, Self.amounts, Self.multipliers, Self.multipliers,
                            Self.multipliers, Self.multipliers) { assumed, underpin, i1, i2, a1, a2 in
            let result = finalGuaranteeAmount(.init(
                provisionalAssumedBenefits: Money(pence: assumed), provisionalUnderpinAmount: Money(pence: underpin),
                assumedBenefitsIndexation: Fraction(i1, 1_000), underpinIncrease: Fraction(i2, 1_000),
                assumedAgeAdjustment: Fraction(a1, 1_000), underpinAgeAdjustment: Fraction(a2, 1_000))).value
            #expect(result.finalGuaranteeAmount >= .zero)
            #expect(result.finalGuaranteeAmount == max(result.finalUnderpinAmount - result.finalAssumedBenefits, .zero))
        }
    }

    @Test("The survivor guarantee amount is never negative and is exactly 49/160 of the (revalued) provisional guarantee before rounding")
    func survivorIsExactFraction() async {
        let date = CalendarDate(2025, 3, 31)
        await propertyCheck(count: 1_000, input: Gen.int64(in: -1_000_000...20_000_000), Self.multipliers) { pga, index in
            let result = try survivorGuaranteeAmount(provisionalGuaranteeAmount: Money(pence: pga),
                                                     indexation: Fraction(index, 1_000), on: date,
                                                     terms: parameters.underpin).value
            #expect(result.amount >= .zero)
            #expect(result.exactPence == Fraction(max(pga, 0)) * Fraction(index, 1_000) * Fraction(49, 160))
            #expect(result.amount == Money.rounding(result.exactPence, .nearestPennyHalfUp))
        }
    }

    @Test("More final pay never lowers the provisional underpin amount")
    func morePayNeverLowersUnderpin() async {
        let date = CalendarDate(2022, 3, 31)
        await propertyCheck(count: 1_000, input: Gen.int64(in: 0...20_000_000), Gen.int64(in: 0...5_000_000),
                            Gen.int64(in: 0...3_000), Gen.int64(in: 1...100), Gen.int64(in: 1_000...1_200)) { pay, rise, days, hours, pi in
            let membership = [UnderpinMembershipPart(years: Fraction(days, 365), proportionOfWholeTime: Fraction(hours, 100))]
            let lower = try provisionalUnderpinAmount(.init(finalPay: Money(pence: pay), membership: membership,
                                                            pensionsIncreaseOnEarlierPay: Fraction(pi, 1_000)),
                                                      underpinDate: date, parameters: parameters)
            let higher = try provisionalUnderpinAmount(.init(finalPay: Money(pence: pay + rise), membership: membership,
                                                             pensionsIncreaseOnEarlierPay: Fraction(pi, 1_000)),
                                                       underpinDate: date, parameters: parameters)
            #expect(higher.value >= lower.value)
            #expect(lower.sumOfAddends == lower.value)
        }
    }
}
