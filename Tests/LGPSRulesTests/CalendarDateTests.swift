import Testing
@testable import LGPSRules

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("Impossible dates are refused: 30 February, 29 February in a common year, month 13")
    func impossibleDatesAreRefused() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 4, day: 31) == nil)
    }

    @Test("ISO text round-trips and rejects anything but YYYY-MM-DD",
          arguments: ["2024-04-01", "1999-12-31", "2000-02-29", "0001-01-01"])
    func isoRoundTrip(text: String) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.description == text)
    }

    @Test("Malformed ISO text is refused", arguments: ["2024-4-01", "2024/04/01", "2024-02-30", "", "20240401", "2024-04-01T00:00"])
    func malformedIsRefused(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("Day numbers round-trip for every day from 1900 to 2100")
    func dayNumbersRoundTrip() {
        var date = CalendarDate(1900, 1, 1)
        let end = CalendarDate(2100, 12, 31)
        var number = date.dayNumber
        while date <= end {
            #expect(CalendarDate(dayNumber: number) == date)
            number += 1
            date = date.adding(days: 1)
            if date.dayNumber != number { Issue.record("day number of \(date) out of step"); return }
        }
        #expect(CalendarDate(1970, 1, 1).dayNumber == 0)
    }

    @Test("Adding months clamps to the end of the month; 29 February plus a year is 28 February")
    func addingMonthsClamps() {
        #expect(CalendarDate(2024, 1, 31).adding(months: 1) == CalendarDate(2024, 2, 29))
        #expect(CalendarDate(2023, 1, 31).adding(months: 1) == CalendarDate(2023, 2, 28))
        #expect(CalendarDate(2024, 2, 29).adding(years: 1) == CalendarDate(2025, 2, 28))
        #expect(CalendarDate(2024, 11, 30).adding(months: -12) == CalendarDate(2023, 11, 30))
    }

    @Test("Completed years: a 29 February birthday is reached on 1 March in a common year")
    func completedYears() {
        let born = CalendarDate(1960, 2, 29)
        #expect(born.completedYears(on: CalendarDate(2025, 2, 28)) == 64)
        #expect(born.completedYears(on: CalendarDate(2025, 3, 1)) == 65)
        #expect(CalendarDate(1990, 6, 15).completedYears(on: CalendarDate(2026, 6, 14)) == 35)
        #expect(CalendarDate(1990, 6, 15).completedYears(on: CalendarDate(2026, 6, 15)) == 36)
    }

    @Test("Long UK form reads as people write it")
    func longUK() {
        #expect(CalendarDate(2024, 4, 5).longUK == "5 April 2024")
    }
}
