import Testing
import LGPSRules
@testable import LGPSStatements

/// Part 2 Table 1 items for the situations the issue names that the other row tests do not: a member who moved
/// to the 50/50 section during the year, and a member who joined part way through it.
@Suite("Part 2 rows: 50/50 in the year and part-year joiners")
struct SituationRowTests {
    static func careYear(_ start: Int, main: Money, fiftyFifty: Money, earned: Money, opening: Money) -> CareYear {
        CareYear(schemeYear: SchemeYear(startYear: start), mainPay: main, fiftyFiftyPay: fiftyFifty,
                 assumedPensionablePay: .zero, earnedPension: earned, openingBalance: opening, revaluation: .zero,
                 revaluationRate: nil, transfersIn: .zero, additionalPensionContributions: .zero,
                 sharedCostAdditionalPension: .zero, additionalRegularContributions: .zero,
                 closingBalance: opening + earned, employeeContributions: .zero, employerContributions: .zero)
    }

    @Test("50/50 in the year: the section on 31 March, pay in each section, and earned pension split 1/49 and 1/98")
    func fiftyFiftyInYear() throws {
        var member = Fixtures.member()
        member.record.sectionHistory = [SectionPeriod(section: .main, from: CalendarDate(2014, 4, 1), to: CalendarDate(2024, 9, 30)),
                                        SectionPeriod(section: .fiftyFifty, from: CalendarDate(2024, 10, 1), to: nil)]
        let main = Money(pounds: 30_000), half = Money(pounds: 30_000)
        let mainPart = Money.rounding(main.exactly(times: Fraction(1, 49)), .nearestPennyHalfUp)
        let halfPart = Money.rounding(half.exactly(times: Fraction(1, 98)), .nearestPennyHalfUp)
        let previous = member.careYears.last { $0.schemeYear.startYear == 2023 }?.closingBalance ?? .zero
        member.careYears.removeAll { $0.schemeYear.startYear == 2024 }
        member.careYears.append(Self.careYear(2024, main: main, fiftyFifty: half, earned: mainPart + halfPart, opening: previous))
        let row = try Fixtures.extractor().extract(Fixtures.subject(member), year: Fixtures.year).get()
        let s = StatementSection.benefitsSupportingData
        #expect(row.value("Section of scheme on 31 March 20xx", in: .personalDetails) == "50/50 section")
        #expect(row.value("CARE pay in year main section", in: s) == "30000.00")
        #expect(row.value("CARE pay in year 50/50 section", in: s) == "30000.00")
        #expect(row.value("CARE pension in year main section", in: s) == mainPart.decimalPounds)  // 612.24
        #expect(row.value("CARE pension in year 50/50 section", in: s) == halfPart.decimalPounds)  // 306.12
        #expect(row.value("Total CARE build-up in year", in: s) == (mainPart + halfPart).decimalPounds)
    }

    @Test("A member who joined part way through the year: start date, the year's pay and pension, no earlier service")
    func partYearJoiner() throws {
        var member = Fixtures.member()
        let joined = CalendarDate(2024, 10, 1)
        member.record.pensionableStart = joined
        member.record.statusHistory = [StatusPeriod(status: .active, from: joined, to: nil)]
        member.record.sectionHistory = [SectionPeriod(section: .main, from: joined, to: nil)]
        member.service = []
        member.finalPay = []
        let pay = Money(pounds: 12_000)
        let earned = Money.rounding(pay.exactly(times: Fraction(1, 49)), .nearestPennyHalfUp)
        member.careYears = [Self.careYear(2024, main: pay, fiftyFifty: .zero, earned: earned, opening: .zero)]
        let row = try Fixtures.extractor().extract(Fixtures.subject(member), year: Fixtures.year).get()
        let s = StatementSection.benefitsSupportingData
        #expect(row.value("Date pensionable service started", in: .personalDetails) == "2024-10-01")
        #expect(row.value("CARE pension at 31 March previous year", in: s) == "")
        #expect(row.value("CARE pay in year main section", in: s) == "12000.00")
        #expect(row.value("CARE pension in year main section", in: s) == earned.decimalPounds)  // 244.90
        #expect(row.value("CARE pension in year 50/50 section", in: s) == "")
        #expect(row.value("Total CARE pension at 31 March 20xx", in: s) == earned.decimalPounds)
        #expect(row.value("60ths service", in: s) == "" && row.value("Total final salary pension", in: s) == "")
    }
}
