import Testing
import LGPSRules

private typealias F = RulesAFixture

private func year(_ start: Int, main: Int64, fiftyFifty: Int64 = 0) -> CareYear {
    CareYear(schemeYear: SchemeYear(startYear: start), mainPay: Money(pounds: main), fiftyFiftyPay: Money(pounds: fiftyFifty),
             assumedPensionablePay: .zero, earnedPension: .zero, openingBalance: .zero, revaluation: .zero,
             revaluationRate: nil, transfersIn: .zero, additionalPensionContributions: .zero,
             sharedCostAdditionalPension: .zero, additionalRegularContributions: .zero, closingBalance: .zero,
             employeeContributions: .zero, employerContributions: .zero)
}

@Test("Kent Pension Fund revaluation example: £606.60 revalued by −0.1% is £605.99")
func kentNegativeRevaluation() throws {
    let result = try revalue(balance: F.pounds("606.60"), onRevaluationDate: F.d(2016, 4, 1), revaluation: F.p.careRevaluation)
    #expect(result.value == F.pounds("605.99"))
    #expect(result.sumOfAddends == result.value)
}

@Test("SI 2013/2356 reg. 23(4)–(5): £30,000 earns £612.24 in the main section and £306.12 in the 50/50 section")
func earned() throws {
    let main = try earnedPension(mainPay: Money(pounds: 30_000), fiftyFiftyPay: .zero, in: SchemeYear(startYear: 2024),
                                 accrual: F.p.accrual)
    #expect(main.value == F.pounds("612.24"))
    let half = try earnedPension(mainPay: .zero, fiftyFiftyPay: Money(pounds: 30_000), in: SchemeYear(startYear: 2024),
                                 accrual: F.p.accrual)
    #expect(half.value == F.pounds("306.12"))
}

@Test("SI 2023/279: the revaluation date moves from 1 April to 6 April from 2023")
func revaluationDates() throws {
    #expect(try revaluationEntry(in: SchemeYear(startYear: 2022), revaluation: F.p.careRevaluation).effective == F.d(2022, 4, 1))
    let e2023 = try revaluationEntry(in: SchemeYear(startYear: 2023), revaluation: F.p.careRevaluation)
    #expect(e2023.effective == F.d(2023, 4, 6) && e2023.value == Rate(percent: "10.1")!)
    #expect(throws: ParameterError.self) { try revaluationEntry(in: SchemeYear(startYear: 2030), revaluation: F.p.careRevaluation) }
}

@Test("lgps-rules.md §1: pensions increase pro rata by months in the first part year, never negative (2016: 0%)")
func pensionsIncrease() {
    // Started 1 January 2020: 6 April 2020 order 1.7% for 4 months (part month counted) = £5.67; 12 April 2021 0.5% = £5.03.
    let increased = increaseForPensions(pension: Money(pounds: 1_000), startedOn: F.d(2020, 1, 1), to: F.d(2021, 12, 31),
                                        pensionsIncrease: F.p.pensionsIncrease)
    #expect(increased.value == F.pounds("1010.70"))
    #expect(increased.sumOfAddends == increased.value)
    let through2016 = increaseForPensions(pension: Money(pounds: 1_000), startedOn: F.d(2015, 4, 6), to: F.d(2016, 12, 31),
                                          pensionsIncrease: F.p.pensionsIncrease)
    #expect(through2016.value == Money(pounds: 1_000))
}

@Test("Pension account roll for an active member: 1.2% in 2015, −0.1% in 2016 (lgps-rules.md §1)")
func activeRoll() throws {
    let rows = try rollPensionAccount(years: [year(2014, main: 30_000), year(2015, main: 30_000), year(2016, main: 30_000)],
                                      leftOn: nil, to: F.d(2017, 3, 31), parameters: F.p)
    #expect(rows.value.map(\.closingBalance) == [F.pounds("612.24"), F.pounds("1231.83"), F.pounds("1842.84")])
    #expect(rows.value.map(\.revaluation) == [.zero, F.pounds("7.35"), F.pounds("-1.23")])
    let balanced = rows.value.allSatisfy { $0.isBalanced }
    #expect(balanced)
    let balance = try pensionAccountBalance(years: rows.value, leftOn: nil, to: F.d(2017, 3, 31), parameters: F.p)
    #expect(balance.value == F.pounds("1842.84") && balance.sumOfAddends == balance.value)
}

@Test("lgps-rules.md §1: a leaver gets no part-year revaluation, the revaluation adjustment next April, then PI")
func deferredRoll() throws {
    let rows = try rollPensionAccount(years: [year(2014, main: 30_000), year(2015, main: 15_000)], leftOn: F.d(2015, 9, 30),
                                      to: F.d(2017, 12, 31), parameters: F.p)
    // 2015/16: +1.2% (£7.35) and £306.12 earned → £925.71; 1 April 2016 adjustment −0.1% (−£0.93) → £924.78;
    // 10 April 2017 PI 1.0% (£9.25) → £934.03.
    #expect(rows.value.map(\.closingBalance) == [F.pounds("612.24"), F.pounds("925.71"), F.pounds("924.78"), F.pounds("934.03")])
    #expect(rows.value.last?.revaluationRate == Rate(percent: "1.0"))
    let balance = try pensionAccountBalance(years: rows.value, leftOn: F.d(2015, 9, 30), to: F.d(2017, 12, 31), parameters: F.p)
    #expect(balance.sumOfAddends == balance.value)
}

@Test("Transfers in and APC/SCAPC are credited; the APC limit is £8,344 in 2024/25 (lgps-rules.md §3)")
func creditsAndLimit() throws {
    var y = year(2024, main: 0)
    y.transfersIn = Money(pounds: 1_000)
    y.additionalPensionContributions = Money(pounds: 250)
    y.sharedCostAdditionalPension = Money(pounds: 50)
    let rows = try rollPensionAccount(years: [y], leftOn: nil, to: F.d(2025, 3, 31), parameters: F.p)
    #expect(rows.value[0].closingBalance == Money(pounds: 1_300))
    #expect(try additionalPensionLimitCheck(purchased: Money(pounds: 8_344), on: F.d(2024, 6, 1), limit: F.p.additionalPensionLimit).value)
    #expect(try !additionalPensionLimitCheck(purchased: Money(pounds: 8_345), on: F.d(2024, 6, 1), limit: F.p.additionalPensionLimit).value)
}
