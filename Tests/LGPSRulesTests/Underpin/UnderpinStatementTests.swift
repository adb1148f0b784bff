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
}
