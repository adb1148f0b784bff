import LGPSRules
import PropertyBased
import Testing

/// Properties of the pension input amount (Finance Act 2004 s. 234; PTM053301), over 1,000 generated cases.
struct PensionInputAmountPropertyTests {
    @Test("A pension input amount is never negative and its addends sum to it")
    func neverNegative() async {
        let pension = Gen.int64(in: 0...10_000_000)
        let lumpSum = Gen.int64(in: 0...5_000_000)
        await propertyCheck(count: 1_000, input: pension, lumpSum, pension, lumpSum, Gen.int(in: 2016...2026)) { op, ol, cp, cl, year in
            let result = try pensionInputAmount(.init(taxYear: TaxYear(startYear: year), openingPension: Money(pence: op),
                                                      openingLumpSum: Money(pence: ol), closingPension: Money(pence: cp),
                                                      closingLumpSum: Money(pence: cl)),
                                                parameters: TestParameters.parameters)
            #expect(result.value >= .zero)
            #expect(result.sumOfAddends == result.value)
        }
    }

    @Test("The annual allowance is never below the tapered minimum nor above the standard allowance")
    func allowanceBounds() async {
        let income = Gen.int64(in: 0...100_000_000)
        await propertyCheck(count: 1_000, input: income, income, Gen.int(in: 2020...2026)) { threshold, adjusted, year in
            let parameters = TestParameters.parameters
            let taxYear = TaxYear(startYear: year)
            let figures = try parameters.annualAllowance.value(on: taxYear.start)
            let result = try annualAllowanceCheck(.init(taxYear: taxYear, thresholdIncome: Money(pence: threshold),
                                                        adjustedIncome: Money(pence: adjusted), pensionInputAmount: .zero),
                                                  parameters: parameters).value
            #expect(result.allowance <= figures.standardAllowance)
            #expect(result.allowance >= figures.minimumTaperedAllowance)
        }
    }
}
