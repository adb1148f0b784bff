import LGPSRules
import Testing

/// The Part 2A items of the LGA annual benefit statement guide (seed 001 Part 2A), with constructed figures.
struct UnderpinStatementTests {
    let parameters = TestParameters.parameters
    let statementDate = CalendarDate(2025, 3, 31)

    @Test("seed 001 Part 2A, under 2008 NPA: provisional as at 31 March, final underpin with LRI from 65, FGA and SGA")
    func under() throws {
        let years = (2014...2021).map { RemedyPeriodCareYear(schemeYear: SchemeYear(startYear: $0), mainSectionPay: Money(pounds: 24_500)) }
        let result = try underpinStatementEstimatesUnder2008NPA(
            statementDate: statementDate, assumed: .init(years: years),
            underpin: .init(finalPay: Money(pounds: 33_000), membership: [.init(years: Fraction(8))]),
            lateRetirementIncreaseFrom2008NPA: Fraction(11, 10), parameters: parameters).value
        #expect(result.position == .under2008NormalPensionAge)
        #expect(result.estimatedProvisionalAssumedBenefits == Money(pounds: 4_000))
        #expect(result.estimatedProvisionalUnderpinAmount == Money(pounds: 4_400))
        #expect(result.estimatedFinalAssumedBenefits == Money(pounds: 4_000))
        #expect(result.estimatedFinalUnderpinAmount == Money(pounds: 4_840))
        #expect(result.estimatedFinalGuaranteeAmount == Money(pounds: 840))
        #expect(result.estimatedSurvivorGuaranteeAmount == Money(pence: 12_250))
        #expect(result.revaluedAssumedBenefits == nil)
    }

    @Test("seed 001 Part 2A, over 2008 NPA: revalued to 31 March, final figures with LRIs, SGA on the revalued difference")
    func over() throws {
        let result = try underpinStatementEstimatesOver2008NPA(statementDate: statementDate, .init(
            provisionalAssumedBenefits: Money(pounds: 4_000), provisionalUnderpinAmount: Money(pounds: 4_400),
            assumedIndexationTo31March: Fraction(105, 100), underpinIncreaseTo31March: Fraction(103, 100),
            underpinLateRetirementIncrease: Fraction(11, 10)), parameters: parameters).value
        #expect(result.position == .over2008NormalPensionAge)
        #expect(result.provisionalAssumedBenefits == Money(pounds: 4_000))
        #expect(result.revaluedAssumedBenefits == Money(pounds: 4_200))
        #expect(result.revaluedUnderpinAmount == Money(pounds: 4_532))
        #expect(result.estimatedFinalAssumedBenefits == Money(pounds: 4_200))
        #expect(result.estimatedFinalUnderpinAmount == Money(pence: 498_520))
        #expect(result.estimatedFinalGuaranteeAmount == Money(pence: 78_520))
        #expect(result.estimatedSurvivorGuaranteeAmount == Money(pence: 10_168))
        #expect(result.estimatedProvisionalAssumedBenefits == nil)
    }
}
