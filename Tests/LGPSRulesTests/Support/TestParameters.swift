import LGPSRules

/// Parameters for rule tests, written in code from `reference/lgps-rules.md` (the same figures the YAML files
/// in LGPSParameters hold), so LGPSRules tests need no file loading.
enum TestParameters {
    static let ref = Reference(title: "reference/lgps-rules.md")

    static func series<V: Sendable>(_ name: String, _ values: [(CalendarDate, V)],
                                    verification: Verification = .verified) -> DatedSeries<V> {
        DatedSeries(name: name, entries: values.map { .init(effective: $0.0, value: $0.1, reference: ref,
                                                             verification: verification) },
                    lastValueStillValidOn: CalendarDate(2026, 11, 1))
    }

    static func pct(_ text: String) -> Rate { Rate(percent: text)! }
    static func pcts(_ texts: [String]) -> [Rate] { texts.map(pct) }
    static func d(_ y: Int, _ m: Int, _ day: Int) -> CalendarDate { CalendarDate(y, m, day) }

    static let revaluation: [(CalendarDate, Rate)] = [
        (d(2015, 4, 1), pct("1.2")), (d(2016, 4, 1), pct("-0.1")), (d(2017, 4, 1), pct("1.0")),
        (d(2018, 4, 1), pct("3.0")), (d(2019, 4, 1), pct("2.4")), (d(2020, 4, 1), pct("1.7")),
        (d(2021, 4, 1), pct("0.5")), (d(2022, 4, 1), pct("3.1")), (d(2023, 4, 6), pct("10.1")),
        (d(2024, 4, 6), pct("6.7")), (d(2025, 4, 6), pct("1.7")), (d(2026, 4, 6), pct("3.8")),
    ]
    static let increases: [(CalendarDate, Rate)] = [
        (d(2014, 4, 7), pct("2.7")), (d(2015, 4, 6), pct("1.2")), (d(2016, 4, 11), pct("0")),
        (d(2017, 4, 10), pct("1.0")), (d(2018, 4, 9), pct("3.0")), (d(2019, 4, 8), pct("2.4")),
        (d(2020, 4, 6), pct("1.7")), (d(2021, 4, 12), pct("0.5")), (d(2022, 4, 11), pct("3.1")),
        (d(2023, 4, 10), pct("10.1")), (d(2024, 4, 8), pct("6.7")), (d(2025, 4, 7), pct("1.7")),
        (d(2026, 4, 6), pct("3.8")),
    ]
    static let aaCPI: [(CalendarDate, Rate)] = [
        (d(2016, 4, 6), pct("-0.1")), (d(2017, 4, 6), pct("1.0")), (d(2018, 4, 6), pct("3.0")),
        (d(2019, 4, 6), pct("2.4")), (d(2020, 4, 6), pct("1.7")), (d(2021, 4, 6), pct("0.5")),
        (d(2022, 4, 6), pct("3.1")), (d(2023, 4, 6), pct("10.1")), (d(2024, 4, 6), pct("6.7")),
        (d(2025, 4, 6), pct("1.7")), (d(2026, 4, 6), pct("3.8")),
    ]

    static func bands(_ limits: [Int64]) -> ContributionBands {
        let rates = pcts(["5.5", "5.8", "6.5", "6.8", "8.5", "9.9", "10.5", "11.4", "12.5"])
        var result = limits.enumerated().map { ContributionBands.Band(upTo: Money(pounds: $0.element), rate: rates[$0.offset]) }
        result.append(.init(upTo: nil, rate: rates[8]))
        return ContributionBands(bands: result, fiftyFiftyShare: Fraction(1, 2))
    }

    static let statePensionAge = StatePensionAgeTimetable(rows: [
        .init(bornFrom: nil, bornTo: d(1953, 12, 5), sex: .male, rule: .age(years: 65, months: 0), reference: ref,
              verification: .verified),
        .init(bornFrom: nil, bornTo: d(1950, 4, 5), sex: .female, rule: .age(years: 60, months: 0), reference: ref,
              verification: .verified),
        .init(bornFrom: d(1954, 10, 6), bornTo: d(1960, 4, 5), sex: nil, rule: .age(years: 66, months: 0),
              reference: ref, verification: .verified),
        .init(bornFrom: d(1961, 3, 6), bornTo: d(1977, 4, 5), sex: nil, rule: .age(years: 67, months: 0),
              reference: ref, verification: .verified),
        .init(bornFrom: d(1978, 4, 6), bornTo: nil, sex: nil, rule: .age(years: 68, months: 0), reference: ref,
              verification: .unverified),
    ] + (0..<11).map { n in
        .init(bornFrom: d(1960, 4, 6).adding(months: n), bornTo: d(1960, 5, 5).adding(months: n), sex: nil,
              rule: .age(years: 66, months: n + 1), reference: ref, verification: .verified)
    }, lastValueStillValidOn: d(2026, 11, 1))

    static let parameters = SchemeParameters(
        careRevaluation: series("care/revaluation", revaluation),
        pensionsIncrease: series("increase/pensions_increase", increases),
        annualAllowanceCPI: series("tax/annual_allowance_cpi", aaCPI),
        contributionBands: series("contributions/bands", [
            (d(2014, 4, 1), bands([13_500, 21_000, 34_000, 43_000, 60_000, 85_000, 100_000, 150_000])),
            (d(2024, 4, 1), bands([17_600, 27_600, 44_900, 56_800, 79_700, 112_900, 133_100, 199_700])),
            (d(2025, 4, 1), bands([17_800, 28_000, 45_600, 57_700, 81_000, 114_800, 135_300, 203_000])),
            (d(2026, 4, 1), bands([18_400, 29_000, 47_300, 59_800, 84_000, 119_100, 140_400, 210_700])),
        ]),
        accrual: series("accrual/fractions", [(d(1972, 4, 1), AccrualFractions(
            pre2008Pension: Fraction(1, 80), pre2008LumpSum: Fraction(3, 80), from2008Pension: Fraction(1, 60),
            careMain: Fraction(1, 49), careFiftyFifty: Fraction(1, 98)))]),
        statePensionAge: statePensionAge,
        pensionAges: series("ages/pension_ages", [(d(2014, 4, 1), PensionAges(
            minimumNormalPensionAge2014: 65, normalPensionAge2008: 65, earliestVoluntaryRetirement: 55,
            latestRetirement: 75, ruleOf85Total: 85))]),
        earlyRetirement: series("factors/early_retirement", [
            (d(2014, 4, 1), EarlyRetirementTable(
                pensionReduction: pcts(["0", "5.6", "10.8", "15.5", "20.0", "24.0", "27.8", "31.4", "34.7", "37.7",
                                        "40.6", "44.2", "47.6", "50.9"]),
                pensionReductionFemale: pcts(["0", "5.2", "10.1", "14.6", "18.8", "22.7", "26.4", "29.8", "33.0",
                                              "36.1", "38.9", "42.2", "45.5", "48.6"]),
                lumpSumReduction: pcts(["0", "2.9", "5.7", "8.5", "11.2", "13.7", "16.3", "18.7", "21.1", "23.4",
                                        "25.6"]), partYearMethod: .linearByDays)),
            (d(2019, 1, 8), EarlyRetirementTable(
                pensionReduction: pcts(["0", "5.1", "9.9", "14.3", "18.4", "22.2", "25.7", "29.0", "32.1", "35.0",
                                        "37.7", "41.6", "44.0", "46.3"]),
                pensionReductionFemale: nil,
                lumpSumReduction: pcts(["0", "2.3", "4.6", "6.9", "9.1", "11.2", "13.3", "15.3", "17.3", "19.2",
                                        "21.1"]), partYearMethod: .linearByDays)),
            (d(2023, 7, 3), EarlyRetirementTable(
                pensionReduction: pcts(["0", "4.9", "9.3", "13.5", "17.4", "20.9", "24.3", "27.4", "30.3", "33.0",
                                        "35.6", "39.5", "41.8", "43.9"]),
                pensionReductionFemale: nil,
                lumpSumReduction: pcts(["0", "1.7", "3.3", "4.9", "6.5", "8.1", "9.6", "11.1", "12.6", "14.1",
                                        "15.5"]), partYearMethod: .linearByDays)),
        ]),
        lateRetirement: DatedSeries(name: "factors/late_retirement", entries: [
            .init(effective: d(2014, 4, 1), value: LateRetirementTable(dailyIncrease: pcts(["0.010"]),
                                                                       appliesToLumpSum: true), reference: ref),
            .init(effective: d(2019, 9, 1), value: LateRetirementTable(
                dailyIncrease: pcts(["0.010", "0.010", "0.011", "0.012", "0.014", "0.015", "0.017", "0.018", "0.020",
                                     "0.022"]), appliesToLumpSum: true), reference: ref),
            .init(effective: d(2023, 9, 1), value: LateRetirementTable(
                dailyIncrease: pcts(["0.010", "0.010", "0.011", "0.012", "0.014", "0.015", "0.017", "0.018", "0.020",
                                     "0.022"]), appliesToLumpSum: false), reference: ref, verification: .unverified),
        ], lastValueStillValidOn: d(2026, 11, 1)),
        commutation: series("retirement/commutation", [(d(2014, 4, 1), CommutationTerms(
            lumpSumPerPoundOfPension: Fraction(12), maximumShareOfCapitalValue: Fraction(1, 4),
            capitalValueFactor: Fraction(20)))]),
        lumpSumAllowance: series("tax/lump_sum_allowance", [(d(2024, 4, 6), Money(pounds: 268_275))]),
        additionalPensionLimit: series("care/apc_limit", [(d(2014, 4, 1), Money(pounds: 6_500)),
                                                          (d(2023, 4, 1), Money(pounds: 7_579)),
                                                          (d(2024, 4, 1), Money(pounds: 8_344))]),
        additionalRegularContributionLimit: series("final_salary/arc_limit", [(d(2008, 4, 1), Money(pounds: 5_000))],
                                                   verification: .unverified),
        annualAllowance: series("tax/annual_allowance", [
            (d(2020, 4, 6), AnnualAllowanceFigures(standardAllowance: Money(pounds: 40_000),
                taperAdjustedIncomeThreshold: Money(pounds: 240_000), taperThresholdIncome: Money(pounds: 200_000),
                minimumTaperedAllowance: Money(pounds: 4_000), moneyPurchaseAllowance: Money(pounds: 4_000),
                valuationFactor: Fraction(16))),
            (d(2023, 4, 6), AnnualAllowanceFigures(standardAllowance: Money(pounds: 60_000),
                taperAdjustedIncomeThreshold: Money(pounds: 260_000), taperThresholdIncome: Money(pounds: 200_000),
                minimumTaperedAllowance: Money(pounds: 10_000), moneyPurchaseAllowance: Money(pounds: 10_000),
                valuationFactor: Fraction(16))),
        ]),
        deathBenefits: series("death/grants", [(d(2014, 4, 1), DeathBenefitTerms(
            inServiceMultipleOfPay: Fraction(3), deferredMultipleOfPension: Fraction(5),
            pensionerMultipleOfPension: Fraction(10), ageLimit: 75))]),
        survivors: series("death/survivors", [(d(2014, 4, 1), SurvivorFractions(
            survivorOfFinalPay: Fraction(1, 160), survivorOfCarePension: Fraction(49, 160),
            oneChildWithSurvivor: Fraction(1, 320), childrenWithSurvivor: Fraction(1, 160),
            oneChildNoSurvivor: Fraction(1, 240), childrenNoSurvivor: Fraction(1, 120),
            cohabitingPartnerMembershipFrom: d(1988, 4, 6), postLeavingMarriageWidowerFrom: d(1988, 4, 6),
            postLeavingMarriageWidowFrom: d(1978, 4, 6)))]),
        illHealth: series("ill_health/tiers", [(d(2014, 4, 1), IllHealthTerms(
            tier1ShareOfProspective: Fraction(1), tier2ShareOfProspective: Fraction(1, 4), tier3MaximumYears: 3,
            tier3ReviewMonths: 18))]),
        membership: series("membership/terms", [(d(2014, 4, 1), MembershipTerms(
            vestingYears: 2, disqualifyingBreakYears: 5, aggregationElectionMonths: 12, refundTaxRate: pct("20"),
            refundRejoinMonths: 1))]),
        underpin: series("underpin/terms", [(d(2014, 4, 1), UnderpinTerms(
            remedyPeriodStart: d(2014, 4, 1), remedyPeriodEnd: d(2022, 3, 31), qualifyingMembershipBefore: d(2012, 4, 1),
            survivorGuaranteeFraction: Fraction(49, 160)))]),
        bankHolidays: BankHolidays(dates: [d(2025, 12, 25), d(2025, 12, 26), d(2026, 1, 1), d(2026, 4, 3),
                                           d(2026, 4, 6), d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 31),
                                           d(2026, 12, 25), d(2026, 12, 28)],
                                   covers: d(2025, 1, 1)...d(2026, 12, 31)),
        finalSalary: series("final_salary/terms", [(d(1972, 4, 1), FinalSalaryTerms(
            sixtiethsFrom: d(2008, 4, 1), finalSalaryEnd: d(2014, 3, 31), daysPerYear: 365, finalPayYearsCompared: 3,
            averagedYears: 3, averagingLookbackYears: 13))]),
        transitionalAges: series("ages/transitional", [(d(2014, 4, 1), TransitionalAgeTerms(
            protectedNormalPensionAge2008: 60, ruleOf85ProtectedTo: d(2008, 3, 31),
            ruleOf85ExtendedProtectedTo: d(2016, 3, 31), ruleOf85ExtendedAge: 60, ruleOf85TaperEnd: d(2020, 3, 31),
            ruleOf85MemberOn: d(2006, 9, 30), ruleOf85AutomaticFromAge: 60))]),
        pensionCredit: series("pension_credit/terms", [(d(2014, 4, 1), PensionCreditTerms(
            schemeNormalPensionAgeFrom: d(2014, 4, 1), deathGrantMultipleOfPension: Fraction(3)))],
                              verification: .unverified)
    )
}
