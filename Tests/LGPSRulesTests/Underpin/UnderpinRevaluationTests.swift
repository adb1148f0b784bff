import LGPSRules
import PropertyBased
import Testing

/// The provisional amounts carried from the underpin date to 31 March: seed 001 Part 2A ("Revalued assumed
/// benefits to 31 March 20xx: including revaluation and pensions increase"; "Revalued underpin amount to
/// 31 March 20xx: including pensions increase") and seed 003 Annex B draft reg. 4(13)(a), (14)(a). Rates are the
/// lgps-rules.md §1 table (TestParameters); every figure below is worked by hand in the comment beside it.
struct UnderpinRevaluationTests {
    let parameters = TestParameters.parameters
    let march2025 = CalendarDate(2025, 3, 31)

    @Test("Active over 65 since 1 June 2022: £4,000 × 1.101 (6 Apr 2023) × 1.067 (6 Apr 2024) is £4,699.07")
    func activeMember() throws {
        // 2022/23: the 1 April 2022 order (3.1%) came before the underpin date, so nothing that year.
        // 6 April 2023, 10.1%: £4,000.00 × 0.101 = £404.00          -> £4,404.00
        // 6 April 2024, 6.7%:  £4,404.00 × 0.067 = £295.068 -> £295.07 -> £4,699.07
        // 6 April 2025 is after 31 March 2025.
        let result = try revaluedAssumedBenefits(Money(pounds: 4_000), underpinDate: CalendarDate(2022, 6, 1),
                                                 leftOn: nil, to: march2025, parameters: parameters)
        #expect(result.value == Money(pence: 469_907))
        #expect(result.sumOfAddends == result.value)
        #expect(result.steps.filter(\.isAddend).count == 3)
    }

    @Test("Leaver on 31 October 2019: revaluation adjustment on 1 April 2020, then pensions increase in full: £3,713.80")
    func leaver() throws {
        // Scheme year of leaving 2019/20 (its order, 1 April 2019, was before the underpin date).
        // 1 April 2020 revaluation adjustment, 1.7%: £3,000.00 × 0.017 = £51.00       -> £3,051.00
        // 12 April 2021 PI 0.5%:  £3,051.00 × 0.005 = £15.255 -> £15.26              -> £3,066.26
        // 11 April 2022 PI 3.1%:  £3,066.26 × 0.031 = £95.054 -> £95.05              -> £3,161.31
        // 10 April 2023 PI 10.1%: £3,161.31 × 0.101 = £319.292 -> £319.29            -> £3,480.60
        // 8 April 2024 PI 6.7%:   £3,480.60 × 0.067 = £233.200 -> £233.20            -> £3,713.80
        let left = CalendarDate(2019, 10, 31)
        let result = try revaluedAssumedBenefits(Money(pounds: 3_000), underpinDate: left, leftOn: left,
                                                 to: march2025, parameters: parameters)
        #expect(result.value == Money(pence: 371_380))
        #expect(result.sumOfAddends == result.value)
    }

    @Test("The 2016 order applies to the assumed benefits (−0.1%) but pensions increase is never negative")
    func negativeOrder() throws {
        // Underpin date 1 June 2015; 1 April 2016 revaluation −0.1%: £1,000.00 × −0.001 = −£1.00 -> £999.00.
        // 11 April 2016 PI: CPI −0.1% gives 0%, so the underpin amount stays £1,000.00.
        let underpinDate = CalendarDate(2015, 6, 1), to = CalendarDate(2017, 3, 31)
        let assumed = try revaluedAssumedBenefits(Money(pounds: 1_000), underpinDate: underpinDate, leftOn: nil,
                                                  to: to, parameters: parameters)
        #expect(assumed.value == Money(pounds: 999))
        let underpin = revaluedUnderpinAmount(Money(pounds: 1_000), underpinDate: underpinDate, to: to,
                                              pensionsIncrease: parameters.pensionsIncrease)
        #expect(underpin.value == Money(pounds: 1_000))
    }

    @Test("An underpin date of 3 April 2023 still takes the 6 April 2023 order on the whole amount: £1,101.00")
    func orderLaterInTheSameYear() throws {
        // 6 April 2023, 10.1%: £1,000.00 × 0.101 = £101.00 -> £1,101.00 (the 2024 order is after 31 March 2024).
        let result = try revaluedAssumedBenefits(Money(pounds: 1_000), underpinDate: CalendarDate(2023, 4, 3),
                                                 leftOn: nil, to: CalendarDate(2024, 3, 31), parameters: parameters)
        #expect(result.value == Money(pounds: 1_101))
    }

    @Test("Underpin amount from 1 June 2022: 11/12 of 10.1% in April 2023, then 6.7% in full: £5,129.46")
    func underpinAmount() {
        // 10 April 2023, 10.1%: began 1 June 2022, 11 months to the order (part month whole), so
        //   £4,400.00 × 0.101 × 11/12 = £407.3667 -> £407.37                       -> £4,807.37
        // 8 April 2024, 6.7% in full: £4,807.37 × 0.067 = £322.0938 -> £322.09     -> £5,129.46
        let result = revaluedUnderpinAmount(Money(pounds: 4_400), underpinDate: CalendarDate(2022, 6, 1), to: march2025,
                                            pensionsIncrease: parameters.pensionsIncrease)
        #expect(result.value == Money(pence: 512_946))
        #expect(result.sumOfAddends == result.value)
    }

    @Test("Nothing is added when 31 March is the underpin date (a member under the 2008 Scheme NPA)")
    func sameDate() throws {
        let assumed = try revaluedAssumedBenefits(Money(pounds: 4_000), underpinDate: march2025, leftOn: nil,
                                                  to: march2025, parameters: parameters)
        let underpin = revaluedUnderpinAmount(Money(pounds: 4_400), underpinDate: march2025, to: march2025,
                                              pensionsIncrease: parameters.pensionsIncrease)
        #expect(assumed.value == Money(pounds: 4_000))
        #expect(underpin.value == Money(pounds: 4_400))
    }

    @Test("Property: the revalued underpin amount is never below the provisional one, and both sets of addends sum")
    func property() async {
        let start = CalendarDate(2014, 4, 1)
        await propertyCheck(count: 500, input: Gen.int64(in: 0...20_000_000), Gen.int(in: 0...3_650),
                            Gen.int(in: 0...1_000)) { pence, day, after in
            let underpinDate = start.adding(days: day), to = underpinDate.adding(days: after)
            let underpin = revaluedUnderpinAmount(Money(pence: pence), underpinDate: underpinDate, to: to,
                                                  pensionsIncrease: parameters.pensionsIncrease)
            #expect(underpin.value >= Money(pence: pence))
            #expect(underpin.sumOfAddends == underpin.value)
            let assumed = try revaluedAssumedBenefits(Money(pence: pence), underpinDate: underpinDate, leftOn: nil,
                                                      to: to, parameters: parameters)
            #expect(assumed.sumOfAddends == assumed.value)
        }
    }
}
