import LGPSRules
import Testing

/// Annual allowance, lgps-rules.md §11 (Finance Act 2004 ss. 227–237; HMRC PTM053301), with constructed figures.
struct AnnualAllowanceTests {
    let parameters = TestParameters.parameters
    let year = TaxYear(startYear: 2024)

    @Test("PTM053301: 16 × £11,000 less 16 × £10,000 uplifted by 6.7% CPI gives a pension input amount of £5,280")
    func inputAmount() throws {
        let result = try pensionInputAmount(.init(taxYear: year, openingPension: Money(pounds: 10_000),
                                                  closingPension: Money(pounds: 11_000)), parameters: parameters)
        #expect(result.value == Money(pounds: 5_280))
        #expect(result.sumOfAddends == result.value)
    }

    @Test("PTM053301: a pre-2008 automatic lump sum is added at face value to both values")
    func lumpSum() throws {
        let result = try pensionInputAmount(.init(taxYear: year, openingPension: Money(pounds: 10_000),
                                                  openingLumpSum: Money(pounds: 15_000), closingPension: Money(pounds: 11_000),
                                                  closingLumpSum: Money(pounds: 15_000)), parameters: parameters)
        #expect(result.value == Money(pounds: 191_000 - 186_725))
    }

    @Test("Finance Act 2004 s. 234: an increase below CPI gives a nil pension input amount")
    func nilAmount() throws {
        let result = try pensionInputAmount(.init(taxYear: year, openingPension: Money(pounds: 10_000),
                                                  closingPension: Money(pounds: 10_100)), parameters: parameters)
        #expect(result.value == .zero)
        #expect(result.sumOfAddends == .zero)
    }

    func check(threshold: Int64, adjusted: Int64, input: Int64 = 0) throws -> AnnualAllowanceCheck {
        try annualAllowanceCheck(.init(taxYear: year, thresholdIncome: Money(pounds: threshold),
                                       adjustedIncome: Money(pounds: adjusted), pensionInputAmount: Money(pounds: input)),
                                 parameters: parameters).value
    }

    @Test("lgps-rules.md §11: standard allowance £60,000 from 2023/24; the excess is the input amount above it")
    func standard() throws {
        let result = try check(threshold: 100_000, adjusted: 120_000, input: 65_000)
        #expect(result.allowance == Money(pounds: 60_000))
        #expect(result.excess == Money(pounds: 5_000))
        #expect(!result.isTapered)
    }

    @Test("lgps-rules.md §11: taper £1 per £2 over £260,000 adjusted income, only when threshold income exceeds £200,000, minimum £10,000")
    func taper() throws {
        #expect(try check(threshold: 190_000, adjusted: 300_000).allowance == Money(pounds: 60_000))
        #expect(try check(threshold: 210_000, adjusted: 300_000).allowance == Money(pounds: 40_000))
        #expect(try check(threshold: 210_000, adjusted: 260_003).allowance == Money(pounds: 59_999))
        #expect(try check(threshold: 400_000, adjusted: 400_000).allowance == Money(pounds: 10_000))
    }

    @Test("lgps-rules.md §11: 2022/23 figures — £40,000 standard, taper over £240,000 to a £4,000 minimum")
    func earlierYear() throws {
        let result = try annualAllowanceCheck(.init(taxYear: TaxYear(startYear: 2022), thresholdIncome: Money(pounds: 300_000),
                                                    adjustedIncome: Money(pounds: 350_000), pensionInputAmount: .zero),
                                              parameters: parameters).value
        #expect(result.allowance == Money(pounds: 4_000))
    }
}
