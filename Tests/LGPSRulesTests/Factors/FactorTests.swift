import Testing
import LGPSRules

private typealias F = RulesAFixture

@Test("lgps-rules.md §5a: 3 years early from 3 July 2023 reduces pension by 13.5% and lump sum by 4.9%")
func wholeYearsEarly() throws {
    let r = try earlyRetirementReduction(retirementDate: F.d(2024, 1, 1), normalPensionDate: F.d(2027, 1, 1), sex: .male,
                                         tables: F.p.earlyRetirement)
    #expect(r.value.pension == Fraction(865, 1000) && r.value.lumpSum == Fraction(951, 1000))
}

@Test("lgps-rules.md §5: a part year goes in a straight line by days/365 (UNVERIFIED method)")
func partYearEarly() throws {
    // 3 years 73 days early: 13.5% + (17.4% − 13.5%) × 73/365 = 14.28%.
    let r = try earlyRetirementReduction(retirementDate: F.d(2024, 1, 1), normalPensionDate: F.d(2027, 3, 15), sex: .female,
                                         tables: F.p.earlyRetirement)
    #expect(r.value.pension == .one - Fraction(1428, 10000))
    #expect(r.steps.contains { $0.note?.contains("UNVERIFIED") == true })
}

@Test("lgps-rules.md §5c: before 8 January 2019 the table is sex-specific (women 2 years early: 10.1%)")
func sexSpecific() throws {
    let women = try earlyRetirementReduction(retirementDate: F.d(2016, 6, 1), normalPensionDate: F.d(2018, 6, 1), sex: .female,
                                             tables: F.p.earlyRetirement)
    let men = try earlyRetirementReduction(retirementDate: F.d(2016, 6, 1), normalPensionDate: F.d(2018, 6, 1), sex: .male,
                                           tables: F.p.earlyRetirement)
    #expect(women.value.pension == Fraction(899, 1000) && men.value.pension == Fraction(892, 1000))
    #expect(throws: ParameterError.self) {
        try earlyRetirementReduction(retirementDate: F.d(2016, 6, 1), normalPensionDate: F.d(2031, 6, 1), sex: .male,
                                     tables: F.p.earlyRetirement)
    }
}

@Test("lgps-rules.md §5d: late retirement from 1 September 2019 sums daily rates by year late")
func lateRetirement() throws {
    // NPA 1 January 2020, drawn 11 January 2022: 366 × 0.010% + 365 × 0.010% + 10 × 0.011% = 7.42%.
    let r = try lateRetirementIncrease(retirementDate: F.d(2022, 1, 11), normalPensionDate: F.d(2020, 1, 1),
                                       tables: F.p.lateRetirement)
    #expect(r.value.pension == Fraction(10742, 10000) && r.value.lumpSum == r.value.pension)
    let before2019 = try lateRetirementIncrease(retirementDate: F.d(2018, 1, 1), normalPensionDate: F.d(2017, 1, 1),
                                                tables: F.p.lateRetirement)
    #expect(before2019.value.pension == Fraction(10365, 10000))
}

@Test("lgps-rules.md §4–5: pre-2014 benefits increased from 65 when drawn at a 2014 NPA of 66; CARE unreduced")
func byTranche() throws {
    let t = try trancheFactors(retirementDate: F.d(2026, 1, 1), dateOfBirth: F.d(1960, 1, 1), sex: .male, protectedAt60: false,
                               parameters: F.p, transitional: F.transitional)
    #expect(t.value.finalSalaryNPA == F.d(2025, 1, 1) && t.value.careNPA == F.d(2026, 1, 1))
    #expect(t.value.finalSalary.pension == Fraction(10365, 10000))
    #expect(t.value.finalSalary.lumpSum == .one)   // table from 1 September 2023: lump sums not increased
    #expect(t.value.care == .none)
    #expect(!t.unverifiedParameters.isEmpty)
}
