import LGPSRules

/// Day-number arithmetic for generation (days since 1970-01-01, as `CalendarDate.dayNumber`): cheap integers in
/// the hot loops, turned into `CalendarDate` only when a model value is built.
enum Day {
    static let april1972 = CalendarDate(1972, 4, 1).dayNumber
    static let april2008 = CalendarDate(2008, 4, 1).dayNumber
    static let april2012 = CalendarDate(2012, 4, 1).dayNumber
    static let april2014 = CalendarDate(2014, 4, 1).dayNumber
    static let december2000 = CalendarDate(2000, 12, 1).dayNumber

    /// 1 April of each year from 1900 to 2199, as day numbers (Scheme-year arithmetic without date conversions).
    static let aprilFirsts: [Int] = (1_900..<2_200).map { CalendarDate($0, 4, 1).dayNumber }

    /// 1 April of `year`, as a day number.
    static func aprilFirst(_ year: Int) -> Int { aprilFirsts[year - 1_900] }

    /// The start year of the Scheme year containing `day`.
    static func schemeYear(containing day: Int) -> Int {
        let date = CalendarDate(dayNumber: day)
        return date.month >= 4 ? date.year : date.year - 1
    }

    /// Days in `years` years, on average (for lengths of service; calendar-exact dates use `adding(years:)`).
    static func years(_ years: Int) -> Int { years * 1_461 / 4 }

    /// The same calendar day `years` later.
    static func adding(years: Int, to day: Int) -> Int {
        CalendarDate(dayNumber: day).adding(years: years).dayNumber
    }

    /// The first of the month on or after `day`.
    static func firstOfMonth(onOrAfter day: Int) -> Int {
        let date = CalendarDate(dayNumber: day)
        return date.day == 1 ? day : date.endOfMonth.dayNumber + 1
    }
}
