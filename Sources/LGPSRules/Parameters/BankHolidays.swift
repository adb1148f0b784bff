/// England and Wales bank holidays, loaded from GOV.UK's `bank-holidays.json`; used to count working days.
/// - Legislation: Banking and Financial Dealings Act 1971 Sch. 1 and royal proclamations.
public struct BankHolidays: Sendable, Hashable {
    public var dates: Set<CalendarDate>
    /// The first and last dates the loaded list covers; asking outside them is an error.
    public var covers: ClosedRange<CalendarDate>

    public init(dates: Set<CalendarDate>, covers: ClosedRange<CalendarDate>) {
        self.dates = dates
        self.covers = covers
    }

    /// Whether `date` is a working day: Monday to Friday and not a bank holiday.
    public func isWorkingDay(_ date: CalendarDate) throws(ParameterError) -> Bool {
        guard covers.contains(date) else { throw .notCovered(parameter: "calendar/bank_holidays", date: date) }
        let weekday = ((date.dayNumber % 7) + 7 + 3) % 7  // 0 = Monday; 1 January 1970 was a Thursday
        return weekday < 5 && !dates.contains(date)
    }
}
