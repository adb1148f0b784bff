import Testing
import LGPSRules

private typealias F = RulesAFixture
private let hours37 = Hundredths(3700)

/// Constructed LGA-style example (years of 365 days, lgps-rules.md §3): final pay £30,000 whole-time.
/// Full time 1 April 1998 to 31 March 2010 with an unpaid break 1–30 June 2005; 18.5/37 hours from 1 April 2010
/// to 31 March 2014. 80ths: 3,653 days − 30 = 3,623 days (9 years 338 days). 60ths: 730 full-time days + 1,461 ×
/// 1/2 = 1,460.5 days (4 years 0 days). Pension 80ths: £30,000 × 3,623/365 / 80 = £3,722.26 (372,226.03p);
/// lump sum 3/80: £11,166.78; pension 60ths: £30,000 × 1,460.5/365 / 60 = £2,000.68 (200,068.49p).
private let example: [ServicePeriod] = [
    ServicePeriod(from: F.d(1998, 4, 1), to: F.d(2010, 3, 31), contractualHours: hours37, wholeTimeHours: hours37,
                  contractualWeeks: nil, wholeTimeWeeks: nil, tranche: .pre2008Eightieths),
    ServicePeriod(from: F.d(2010, 4, 1), to: F.d(2014, 3, 31), contractualHours: Hundredths(1850), wholeTimeHours: hours37,
                  contractualWeeks: nil, wholeTimeWeeks: nil, tranche: .from2008Sixtieths),
]
private let unpaid = [ServiceBreak(from: F.d(2005, 6, 1), to: F.d(2005, 6, 30), reason: BreakReason.allCases[0])]

@Test("Constructed LGA-style 80ths/60ths example: membership split at 31 March 2008, break and part time")
func constructedMembership() {
    let m = finalSalaryMembership(service: example, breaks: unpaid, addedYears: [], to: F.d(2025, 6, 30), terms: F.finalSalary)
    #expect(m.value.eightiethsDays == Fraction(3623))
    #expect(m.value.sixtiethsDays == Fraction(2921, 2))
    #expect(TrancheMembership.yearsAndDays(m.value.eightiethsDays, daysPerYear: 365) == (9, 338))
    #expect(TrancheMembership.yearsAndDays(m.value.sixtiethsDays, daysPerYear: 365) == (4, 0))
}

@Test("Constructed LGA-style example: 80ths £3,722.26 with 3/80 lump sum £11,166.78 and 60ths £2,000.68")
func constructedPensions() throws {
    let m = finalSalaryMembership(service: example, breaks: unpaid, addedYears: [], to: F.d(2025, 6, 30), terms: F.finalSalary)
    let b = try finalSalaryBenefits(membership: m.value, finalPay: Money(pounds: 30_000), on: F.d(2025, 6, 30),
                                    accrual: F.p.accrual)
    #expect(b.value.eightiethsPension == F.pounds("3722.26"))
    #expect(b.value.automaticLumpSum == F.pounds("11166.78"))
    #expect(b.value.sixtiethsPension == F.pounds("2000.68"))
    let total = try finalSalaryPension(membership: m.value, finalPay: Money(pounds: 30_000), on: F.d(2025, 6, 30),
                                       accrual: F.p.accrual)
    #expect(total.value == F.pounds("5722.94") && total.sumOfAddends == total.value)
}

@Test("SI 1997/1612 reg. 55: added years paid for before April 2008 count at 80ths; term-time weeks scale membership; no days after the calculation date")
func addedYearsAndTermTime() throws {
    let termTime = ServicePeriod(from: F.d(2009, 4, 1), to: F.d(2014, 3, 31), contractualHours: hours37, wholeTimeHours: hours37,
                                 contractualWeeks: Hundredths(3900), wholeTimeWeeks: Hundredths(5214), tranche: .from2008Sixtieths)
    let added = AddedYearsContract(startedOn: F.d(2000, 1, 1), endsOn: F.d(2008, 3, 31), daysPurchased: 730,
                                   rate: Rate(basisPoints: 500))
    let m = finalSalaryMembership(service: [termTime], breaks: [], addedYears: [added], to: F.d(2010, 3, 31), terms: F.finalSalary)
    #expect(m.value.eightiethsDays == Fraction(730))
    #expect(m.value.sixtiethsDays == Fraction(365) * Fraction(3900, 5214))
    let value = try addedYearsPension(daysPurchased: 730, tranche: .pre2008Eightieths, finalPay: Money(pounds: 40_000),
                                      on: F.d(2025, 1, 1), accrual: F.p.accrual, terms: F.finalSalary)
    #expect(value.value == Money(pounds: 1_000))
}

@Test("Added years split by the contract's days before and from 1 April 2008 (UNVERIFIED method)")
func addedYearsSplit() {
    func contract(_ start: CalendarDate, _ end: CalendarDate?, days: Int) -> AddedYearsContract {
        AddedYearsContract(startedOn: start, endsOn: end, daysPurchased: days, rate: Rate(basisPoints: 500))
    }
    // 1 April 2007 to 31 March 2009: 366 days before 1 April 2008 (a leap year), 365 from it; 731 days bought.
    let spanning = addedYearsMembership(contract(F.d(2007, 4, 1), F.d(2009, 3, 31), days: 731), to: F.d(2025, 3, 31),
                                        terms: F.finalSalary)
    #expect(spanning.value.eightiethsDays == Fraction(366) && spanning.value.sixtiethsDays == Fraction(365))
    #expect(spanning.steps.first?.note?.contains("UNVERIFIED method") == true)
    // Still being paid: counted to the calculation date, 366 days before and 730 from; 1,096 days bought.
    let open = addedYearsMembership(contract(F.d(2007, 4, 1), nil, days: 1_096), to: F.d(2010, 3, 31), terms: F.finalSalary)
    #expect(open.value.eightiethsDays == Fraction(366) && open.value.sixtiethsDays == Fraction(730))
    // A split that is not whole days stays exact: 100 × 366/731.
    let exact = addedYearsMembership(contract(F.d(2007, 4, 1), F.d(2009, 3, 31), days: 100), to: F.d(2025, 3, 31),
                                     terms: F.finalSalary)
    #expect(exact.value.eightiethsDays == Fraction(36_600, 731))
    #expect(exact.value.eightiethsDays + exact.value.sixtiethsDays == Fraction(100))
    let before = addedYearsMembership(contract(F.d(2001, 4, 1), F.d(2008, 3, 31), days: 500), to: F.d(2025, 3, 31),
                                      terms: F.finalSalary)
    #expect(before.value.eightiethsDays == Fraction(500) && before.value.sixtiethsDays == .zero)
    // In the whole membership, the contract's days join each tranche.
    let service = ServicePeriod(from: F.d(2006, 4, 1), to: F.d(2014, 3, 31), contractualHours: hours37,
                                wholeTimeHours: hours37, contractualWeeks: nil, wholeTimeWeeks: nil,
                                tranche: .pre2008Eightieths)
    let whole = finalSalaryMembership(service: [service], breaks: [], addedYears: [contract(F.d(2007, 4, 1), F.d(2009, 3, 31), days: 731)],
                                      to: F.d(2025, 3, 31), terms: F.finalSalary)
    #expect(whole.value.eightiethsDays == Fraction(731 + 366))
    #expect(whole.value.sixtiethsDays == Fraction(2_191 + 365))
}

@Test("SI 2007/1166 reg. 8: final pay is the best of the final 365 days and the two years before")
func bestOfThree() {
    let pay = finalPay(payByYearBeforeLeaving: [Money(pounds: 29_000), Money(pounds: 31_000), Money(pounds: 30_000),
                                                Money(pounds: 90_000)], terms: F.finalSalary)
    #expect(pay.value == Money(pounds: 31_000))
}

@Test("SI 2009/3150 reg. 10: the best average of 3 consecutive years ending 31 March in the last 13 years")
func averagedPay() {
    let years = (2008...2024).map { SchemeYearPay(year: SchemeYear(startYear: $0), pay: Money(pounds: Int64(20_000 + ($0 == 2013 ? 9_000 : 0) + ($0 == 2010 ? 50_000 : 0)))) }
    // Leaving 31 March 2025: years 2012/13 to 2024/25 are inside; 2010/11 (with £70,000) is outside.
    let avg = averagedFinalPay(pay: years, leftOn: F.d(2025, 3, 31), terms: F.finalSalary)
    #expect(avg.value == Money(pounds: 23_000))
    #expect(averagedFinalPay(pay: [], leftOn: F.d(2025, 3, 31), terms: F.finalSalary).value == nil)
}

@Test("ARC pension: each Scheme year's credit increased by pensions increase from its 31 March (lgps-rules.md §1, §3)")
func arc() throws {
    func credit(_ startYear: Int, _ pounds: Int64) -> CareYear {
        CareYear(schemeYear: SchemeYear(startYear: startYear), mainPay: .zero, fiftyFiftyPay: .zero,
                 assumedPensionablePay: .zero, earnedPension: .zero, openingBalance: .zero, revaluation: .zero,
                 revaluationRate: nil, transfersIn: .zero, additionalPensionContributions: .zero,
                 sharedCostAdditionalPension: .zero, additionalRegularContributions: Money(pounds: pounds),
                 closingBalance: .zero, employeeContributions: .zero, employerContributions: .zero)
    }
    let arc = try arcPension(credits: [credit(2021, 400), credit(2020, 600), credit(2024, 300), credit(2019, 0)],
                             to: F.d(2023, 12, 31), pensionsIncrease: F.p.pensionsIncrease,
                             limit: F.p.additionalRegularContributionLimit)
    // £600 from 31 March 2021: 12 April 2021 0.5% × 1/12 = £0.25; 11 April 2022 3.1% of £600.25 = £18.61;
    // 10 April 2023 10.1% of £618.86 = £62.50: £681.36. £400 from 31 March 2022: 3.1% × 1/12 = £1.03;
    // 10.1% of £401.03 = £40.50: £441.53. The 2024/25 credit is not yet bought on 31 December 2023.
    #expect(arc.value == F.pounds("1122.89"))
    #expect(arc.sumOfAddends == arc.value)
    #expect(arc.steps.contains { $0.title == "ARC pension within the limit" && $0.result == .flag(true) })
    #expect(!arc.unverifiedParameters.isEmpty)
    let none = try arcPension(credits: [credit(2024, 300)], to: F.d(2023, 12, 31),
                              pensionsIncrease: F.p.pensionsIncrease, limit: F.p.additionalRegularContributionLimit)
    #expect(none.value == .zero && none.steps.isEmpty)
}
