import Testing
import LGPSRules
import LGPSParameters

@Suite("Shipped parameter files")
struct ShippedFilesTests {
    @Test("Every shipped file loads and passes `lgps parameters check` with no problems")
    func everyFilePasses() throws {
        let report = ParameterCheck().run(today: CalendarDate(2026, 11, 1))
        #expect(report.problems.map(\.description) == [])
        #expect(report.exitStatus == 0)
        let loaded = try ParameterLoader().load()
        #expect(loaded.series.count == 24)
        #expect(Set(report.series.map(\.path)).isSuperset(of: ["care/revaluation", "calendar/bank_holidays",
                                                             "ages/state_pension_age", "contributions/bands"]))
    }

    @Test("lgps-rules.md §1: CARE revaluation in April 2016 is −0.1% while pensions increase is 0%")
    func negativeRevaluation() throws {
        let scheme = try ParameterLoader().load().scheme
        #expect(try scheme.careRevaluation.value(on: CalendarDate(2016, 4, 1)) == Rate(percent: "-0.1"))
        #expect(try scheme.pensionsIncrease.value(on: CalendarDate(2016, 4, 11)) == Rate(percent: "0"))
        #expect(try scheme.careRevaluation.value(on: CalendarDate(2023, 4, 6)) == Rate(percent: "10.1"))
        #expect(try scheme.careRevaluation.value(on: CalendarDate(2023, 4, 5)) == Rate(percent: "3.1"))
    }

    @Test("A date before a series begins is a typed error, not a guess")
    func beforeSeriesBegins() throws {
        let scheme = try ParameterLoader().load().scheme
        #expect(throws: ParameterError.notCovered(parameter: "care/revaluation", date: CalendarDate(2015, 3, 31))) {
            try scheme.careRevaluation.value(on: CalendarDate(2015, 3, 31))
        }
        #expect(throws: ParameterError.notCovered(parameter: "contributions/bands", date: CalendarDate(2014, 3, 31))) {
            try scheme.contributionBands.value(on: CalendarDate(2014, 3, 31))
        }
    }

    @Test("lgps-rules.md §2: 2026/27 bands are the 2025/26 bands × 1.038 rounded down to £100; 50/50 pays half")
    func bands() throws {
        let scheme = try ParameterLoader().load().scheme
        let table = try scheme.contributionBands.value(on: CalendarDate(2026, 4, 1))
        #expect(table.bands.count == 9)
        #expect(table.bands[0].upTo == Money(pounds: 18_400))
        #expect(table.bands[7].upTo == Money(pounds: 210_700))
        #expect(table.bands[8].upTo == nil && table.bands[8].rate == Rate(percent: "12.5"))
        #expect(table.fiftyFiftyShare == Fraction(1, 2))
    }

    @Test("lgps-rules.md §2: each year's band limits are the previous year's uprated by April's PI, rounded down to £100")
    func bandsFollowPensionsIncrease() throws {
        let scheme = try ParameterLoader().load().scheme
        for year in 2015...2026 {
            let previous = try scheme.contributionBands.value(on: CalendarDate(year - 1, 4, 1))
            let current = try scheme.contributionBands.value(on: CalendarDate(year, 4, 1))
            let increase = try scheme.pensionsIncrease.value(on: CalendarDate(year, 4, 30))
            for (old, new) in zip(previous.bands, current.bands) {
                guard let oldLimit = old.upTo, let newLimit = new.upTo else { continue }
                let uprated = oldLimit.exactly(times: Fraction(1) + increase.fraction)
                let expected = Money(pence: (uprated / Fraction(10_000)).floor * 10_000)
                #expect(newLimit == expected, "\(year): \(oldLimit) × (1 + \(increase)) → \(expected), file has \(newLimit)")
            }
        }
    }

    @Test("GAD tables: the 3 July 2023 early retirement table is unisex; late retirement stops increasing lump sums from 1 September 2023")
    func factorTables() throws {
        let scheme = try ParameterLoader().load().scheme
        let early = try scheme.earlyRetirement.entry(on: CalendarDate(2023, 7, 3))
        #expect(early.value.pensionReduction[1] == Rate(percent: "4.9"))
        #expect(early.value.pensionReductionFemale == nil)
        let sexSpecific = try scheme.earlyRetirement.entry(on: CalendarDate(2018, 1, 1))
        #expect(sexSpecific.verification == .unverified)
        #expect(sexSpecific.value.pensionReductionFemale?[13] == Rate(percent: "48.6"))
        let late = try scheme.lateRetirement.entry(on: CalendarDate(2024, 1, 1))
        #expect(late.verification == .unverified)
        #expect(late.value.appliesToLumpSum == false)
        #expect(try scheme.lateRetirement.value(on: CalendarDate(2019, 8, 31)).dailyIncrease == [Rate(percent: "0.010")!])
    }

    @Test("lgps-rules.md §6–§9: fixed terms load with their figures (£12 per £1, 3 × APP, death grant age limit 75)")
    func terms() throws {
        let loaded = try ParameterLoader().load()
        let date = CalendarDate(2026, 11, 1)
        #expect(try loaded.scheme.commutation.value(on: date).lumpSumPerPoundOfPension == Fraction(12))
        #expect(try loaded.scheme.deathBenefits.value(on: date).ageLimit == 75)
        #expect(try loaded.scheme.deathBenefits.value(on: date).inServiceMultipleOfPay == Fraction(3))
        #expect(try loaded.scheme.survivors.value(on: date).survivorOfCarePension == Fraction(49, 160))
        #expect(try loaded.scheme.lumpSumAllowance.value(on: date) == Money(pounds: 268_275))
        #expect(try loaded.lumpSumAndDeathBenefitAllowance.value(on: date) == Money(pounds: 1_073_100))
        #expect(try loaded.scheme.additionalPensionLimit.value(on: CalendarDate(2024, 4, 1)) == Money(pounds: 8_344))
        #expect(try loaded.scheme.annualAllowance.value(on: date).standardAllowance == Money(pounds: 60_000))
        #expect(try loaded.scheme.annualAllowanceCPI.value(on: CalendarDate(2023, 4, 6)) == Rate(percent: "10.1"))
        #expect(try loaded.scheme.underpin.value(on: date).remedyPeriodEnd == CalendarDate(2022, 3, 31))
    }
}
