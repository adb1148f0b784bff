import LGPSRules
import Testing

/// Pensions dashboards value data, lgps-rules.md §12 (SI 2022/1220 Sch. 3 para. 2), with constructed figures.
struct DashboardValueTests {
    let accrued = DashboardAccruedInput(illustrationDate: CalendarDate(2025, 3, 31), payableFrom: CalendarDate(2037, 5, 1),
                                        finalSalaryPension: Money(pounds: 5_000), finalSalaryLumpSum: Money(pounds: 9_000),
                                        carePension: Money(pounds: 3_000))

    @Test("SI 2022/1220 Sch. 3 para. 2(1)(a)(i): the accrued value is the pension and lump sum built up at the illustration date")
    func accruedValue() {
        let result = dashboardAccruedValue(accrued)
        #expect(result.value.annualPension == Money(pounds: 8_000))
        #expect(result.value.lumpSum == Money(pounds: 9_000))
        #expect(result.value.payableFrom == CalendarDate(2037, 5, 1))
    }

    @Test("SI 2022/1220 Sch. 3 para. 2(1)(a)(ii): projected value adds current pay × 1/49 × years to NPA; final salary unchanged")
    func projectedValue() throws {
        let main = try dashboardProjectedValue(.init(accrued: accrued, currentPensionablePay: Money(pounds: 24_500), section: .main,
                                                     yearsToNormalPensionAge: Fraction(10)),
                                               accrual: TestParameters.parameters.accrual)
        #expect(main.value.annualPension == Money(pounds: 13_000))
        #expect(main.value.lumpSum == Money(pounds: 9_000))
        let half = try dashboardProjectedValue(.init(accrued: accrued, currentPensionablePay: Money(pounds: 24_500),
                                                     section: .fiftyFifty, yearsToNormalPensionAge: Fraction(10)),
                                               accrual: TestParameters.parameters.accrual)
        #expect(half.value.annualPension == Money(pounds: 10_500))
    }
}
