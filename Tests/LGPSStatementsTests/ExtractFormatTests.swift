import LGPSRules
import Testing
@testable import LGPSStatements

/// Counts in the extract read as GOV.UK writes them: the unit singular for one.
@Suite struct ExtractFormatTests {
    @Test("Membership in years and days: one year and one day are singular")
    func membership() {
        #expect(ExtractFormat.membership(Fraction(365 + 1), daysPerYear: 365) == "1 year 1 day")
        #expect(ExtractFormat.membership(Fraction(2 * 365 + 95), daysPerYear: 365) == "2 years 95 days")
        #expect(ExtractFormat.membership(Fraction(0), daysPerYear: 365) == "0 years 0 days")
    }

    @Test("An age in years and months: whole years alone, one month singular")
    func age() {
        let birth = CalendarDate(1960, 5, 10)
        #expect(ExtractFormat.age(born: birth, on: CalendarDate(2027, 5, 10)) == "67")
        #expect(ExtractFormat.age(born: birth, on: CalendarDate(2026, 6, 10)) == "66 years 1 month")
        #expect(ExtractFormat.age(born: birth, on: CalendarDate(2026, 11, 9)) == "66 years 5 months")
    }
}
