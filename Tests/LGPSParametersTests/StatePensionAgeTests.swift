import Testing
import LGPSRules
import LGPSParameters

@Suite("State Pension age timetable (lgps-rules.md §4)")
struct StatePensionAgeTests {
    @Test("Every date of birth from 1 January 1900 to 31 December 2010 falls in exactly one row, for each sex")
    func everyBirthDateOnce() throws {
        let rows = try ParameterLoader().load().scheme.statePensionAge.rows
        let first = CalendarDate(1900, 1, 1).dayNumber
        let last = CalendarDate(2010, 12, 31).dayNumber
        for sex in Sex.allCases {
            var counts = [Int](repeating: 0, count: last - first + 1)
            for row in rows where row.sex == nil || row.sex == sex {
                let from = max(first, row.bornFrom?.dayNumber ?? first)
                let to = min(last, row.bornTo?.dayNumber ?? last)
                guard from <= to else { continue }
                for day in from...to { counts[day - first] += 1 }
            }
            let wrong = counts.indices.filter { counts[$0] != 1 }
            #expect(wrong.isEmpty, "\(sex.label): \(wrong.prefix(3).map { CalendarDate(dayNumber: first + $0) }) covered \(wrong.prefix(3).map { counts[$0] }) times")
        }
    }

    @Test("PA 1995 table 1 (derived): women born 6 March – 5 April 1953 reach SPA on 6 March 2016, flagged DERIVED")
    func womensPhasing() throws {
        let rows = try ParameterLoader().load().scheme.statePensionAge.rows
        let row = try #require(rows.first { $0.sex == .female && $0.bornFrom == CalendarDate(1953, 3, 6) })
        #expect(row.bornTo == CalendarDate(1953, 4, 5))
        #expect(row.rule == .date(CalendarDate(2016, 3, 6)))
        #expect(row.verification == .derived)
        let firstCohort = try #require(rows.first { $0.sex == .female && $0.bornFrom == CalendarDate(1950, 4, 6) })
        #expect(firstCohort.rule == .date(CalendarDate(2010, 5, 6)))
    }

    @Test("PA 2011 s. 1(5) and PA 2014 s. 26(3): born 6 September 1954 → 6 September 2020; born 6 February 1961 → 66 and 11 months")
    func legislatedTables() throws {
        let rows = try ParameterLoader().load().scheme.statePensionAge.rows
        let table2 = try #require(rows.first { $0.bornFrom == CalendarDate(1954, 9, 6) })
        #expect(table2.sex == nil && table2.rule == .date(CalendarDate(2020, 9, 6)) && table2.verification == .verified)
        let table3 = try #require(rows.first { $0.bornFrom == CalendarDate(1961, 2, 6) })
        #expect(table3.rule == .age(years: 66, months: 11) && table3.bornTo == CalendarDate(1961, 3, 5))
        let sixtyEight = try #require(rows.first { $0.bornTo == nil })
        #expect(sixtyEight.rule == .age(years: 68, months: 0) && sixtyEight.verification == .unverified)
    }
}
