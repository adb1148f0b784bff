import Testing
import LGPSRules
import LGPSParameters

/// Every transition month of the legislated timetable, run through the `statePensionAge` rule on the shipped
/// parameter file (lgps-rules.md §4; Pensions Act 1995 Sch. 4, Pensions Act 2011 s. 1, Pensions Act 2014 s. 26).
@Suite("State Pension age: every transition month through the rule")
struct StatePensionAgeTransitionTests {
    static let timetable = try! ParameterLoader().load().scheme.statePensionAge

    static func spa(_ born: CalendarDate, _ sex: Sex = .male) throws -> CalendarDate {
        try statePensionAge(dateOfBirth: born, sex: sex, timetable: timetable).value
    }

    @Test("PA 2014 s. 26(3) table: born 6 April 1960 + n months reaches 66 years and n+1 months", arguments: 0..<11)
    func sixtySixPlusMonths(n: Int) throws {
        let born = CalendarDate(1960, 4, 6).adding(months: n)
        #expect(try Self.spa(born) == born.adding(months: 66 * 12 + n + 1))
        let lastOfCohort = CalendarDate(1960, 5, 5).adding(months: n)
        #expect(try Self.spa(lastOfCohort, .female) == lastOfCohort.adding(months: 66 * 12 + n + 1))
    }

    @Test("PA 2014 s. 26 para 7A month-end examples: 31 July 1960 → 30 November 2026; 31 December 1960 → 30 September 2027; 31 January 1961 → 30 November 2027")
    func monthEnds() throws {
        #expect(try Self.spa(CalendarDate(1960, 7, 31)) == CalendarDate(2026, 11, 30))
        #expect(try Self.spa(CalendarDate(1960, 12, 31)) == CalendarDate(2027, 9, 30))
        #expect(try Self.spa(CalendarDate(1961, 1, 31)) == CalendarDate(2027, 11, 30))
    }

    @Test("PA 2011 s. 1(5) table 2: ten cohorts born 6 December 1953 – 5 October 1954, fixed dates", arguments: [
        (CalendarDate(1953, 12, 6), CalendarDate(2019, 3, 6)), (CalendarDate(1954, 1, 6), CalendarDate(2019, 5, 6)),
        (CalendarDate(1954, 2, 6), CalendarDate(2019, 7, 6)), (CalendarDate(1954, 3, 6), CalendarDate(2019, 9, 6)),
        (CalendarDate(1954, 4, 6), CalendarDate(2019, 11, 6)), (CalendarDate(1954, 5, 6), CalendarDate(2020, 1, 6)),
        (CalendarDate(1954, 6, 6), CalendarDate(2020, 3, 6)), (CalendarDate(1954, 7, 6), CalendarDate(2020, 5, 6)),
        (CalendarDate(1954, 8, 6), CalendarDate(2020, 7, 6)), (CalendarDate(1954, 9, 6), CalendarDate(2020, 9, 6)),
    ])
    func table2(born: CalendarDate, spa: CalendarDate) throws {
        #expect(try Self.spa(born) == spa)
        #expect(try Self.spa(born, .female) == spa)
        #expect(try Self.spa(born.adding(months: 1).adding(days: -1)) == spa)
    }

    @Test("PA 2011 s. 1(4): women born 6 April 1953 – 5 December 1953, eight cohorts", arguments: [
        (CalendarDate(1953, 4, 6), CalendarDate(2016, 7, 6)), (CalendarDate(1953, 5, 6), CalendarDate(2016, 11, 6)),
        (CalendarDate(1953, 6, 6), CalendarDate(2017, 3, 6)), (CalendarDate(1953, 7, 6), CalendarDate(2017, 7, 6)),
        (CalendarDate(1953, 8, 6), CalendarDate(2017, 11, 6)), (CalendarDate(1953, 9, 6), CalendarDate(2018, 3, 6)),
        (CalendarDate(1953, 10, 6), CalendarDate(2018, 7, 6)), (CalendarDate(1953, 11, 6), CalendarDate(2018, 11, 6)),
    ])
    func women1953(born: CalendarDate, spa: CalendarDate) throws {
        #expect(try Self.spa(born, .female) == spa)
        #expect(try Self.spa(born, .male) == born.adding(years: 65))
    }

    @Test("The plain ages: 65 (men born before 6 December 1953), 66, 67, and 68 from 6 April 1978 (UNVERIFIED)")
    func plainAges() throws {
        #expect(try Self.spa(CalendarDate(1950, 1, 15)) == CalendarDate(2015, 1, 15))
        #expect(try Self.spa(CalendarDate(1955, 1, 15)) == CalendarDate(2021, 1, 15))
        #expect(try Self.spa(CalendarDate(1961, 3, 6), .female) == CalendarDate(2028, 3, 6))
        #expect(try Self.spa(CalendarDate(1977, 4, 5)) == CalendarDate(2044, 4, 5))
        #expect(try Self.spa(CalendarDate(1980, 2, 29)) == CalendarDate(2048, 2, 29))
    }
}
