/// A UK tax year: 6 April to the following 5 April (pension input periods for the annual allowance follow it).
/// - Legislation: Income Tax Act 2007 s. 4; Finance Act 2004 s. 238 (pension input periods).
public struct TaxYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The calendar year in which the tax year begins.
    public let startYear: Int

    static let firstMonth = 4
    static let firstDay = 6

    public init(startYear: Int) { self.startYear = startYear }

    /// The tax year containing `date`.
    public init(containing date: CalendarDate) {
        let beforeStart = (date.month, date.day) < (TaxYear.firstMonth, TaxYear.firstDay)
        startYear = beforeStart ? date.year - 1 : date.year
    }

    /// 6 April of the start year.
    public var start: CalendarDate { CalendarDate(startYear, TaxYear.firstMonth, TaxYear.firstDay) }
    /// 5 April of the following year.
    public var end: CalendarDate { TaxYear(startYear: startYear + 1).start.adding(days: -1) }

    public func contains(_ date: CalendarDate) -> Bool { date >= start && date <= end }

    /// `2024-25`, as HMRC writes it.
    public var description: String {
        let tail = (startYear + 1) % 100
        return "\(startYear)-\(tail < 10 ? "0" : "")\(tail)"
    }

    public static func < (lhs: TaxYear, rhs: TaxYear) -> Bool { lhs.startYear < rhs.startYear }
}
