import Testing
import LGPSRules
import LGPSParameters

@Suite("Bank holidays (GOV.UK bank-holidays.json format)")
struct BankHolidayTests {
    @Test("GOV.UK: 25 December 2026 and the substitute Boxing Day on Monday 28 December 2026 are bank holidays")
    func christmas2026() throws {
        let holidays = try ParameterLoader().load().scheme.bankHolidays
        #expect(holidays.dates.contains(CalendarDate(2026, 12, 25)))
        #expect(holidays.dates.contains(CalendarDate(2026, 12, 28)))
        #expect(try holidays.isWorkingDay(CalendarDate(2026, 12, 28)) == false)
        #expect(try holidays.isWorkingDay(CalendarDate(2026, 12, 29)) == true)
        #expect(try holidays.isWorkingDay(CalendarDate(2026, 12, 26)) == false)  // a Saturday
    }

    @Test("GOV.UK: the 2020 VE day move, the 2022 Jubilee and State Funeral, the 2023 coronation")
    func specialDays() throws {
        let dates = try ParameterLoader().load().scheme.bankHolidays.dates
        #expect(dates.contains(CalendarDate(2020, 5, 8)) && !dates.contains(CalendarDate(2020, 5, 4)))
        #expect(dates.isSuperset(of: [CalendarDate(2022, 6, 2), CalendarDate(2022, 6, 3), CalendarDate(2022, 9, 19),
                                      CalendarDate(2023, 5, 8)]))
        #expect(!dates.contains(CalendarDate(2022, 5, 30)))
    }

    @Test("The table covers 2018 to 2027 and a date outside it is a typed error")
    func coverage() throws {
        let holidays = try ParameterLoader().load().scheme.bankHolidays
        #expect(holidays.covers == CalendarDate(2018, 1, 1)...CalendarDate(2027, 12, 31))
        #expect(throws: ParameterError.notCovered(parameter: "calendar/bank_holidays", date: CalendarDate(2028, 1, 4))) {
            try holidays.isWorkingDay(CalendarDate(2028, 1, 4))
        }
    }
}
