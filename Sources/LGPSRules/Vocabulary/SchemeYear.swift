/// A Scheme year: 1 April to the following 31 March.
/// - Legislation: SI 2013/2356 Sch. 1 ("Scheme year" means a period of 12 months beginning with 1st April).
public struct SchemeYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The calendar year in which the Scheme year begins (2024 for 1 April 2024 to 31 March 2025).
    public let startYear: Int

    /// Month on which every Scheme year begins (April).
    public static let firstMonth = 4

    public init(startYear: Int) { self.startYear = startYear }

    /// The Scheme year containing `date`.
    public init(containing date: CalendarDate) {
        startYear = date.month >= SchemeYear.firstMonth ? date.year : date.year - 1
    }

    /// 1 April of the start year.
    public var start: CalendarDate { CalendarDate(startYear, SchemeYear.firstMonth, 1) }
    /// 31 March of the following year.
    public var end: CalendarDate { CalendarDate(startYear + 1, SchemeYear.firstMonth, 1).adding(days: -1) }
    /// Days in the year (365 or 366).
    public var length: Int { start.days(until: end) + 1 }

    public func contains(_ date: CalendarDate) -> Bool { date >= start && date <= end }
    public var next: SchemeYear { SchemeYear(startYear: startYear + 1) }
    public var previous: SchemeYear { SchemeYear(startYear: startYear - 1) }

    /// `2024/25`.
    public var description: String {
        let tail = (startYear + 1) % 100
        return "\(startYear)/\(tail < 10 ? "0" : "")\(tail)"
    }

    public static func < (lhs: SchemeYear, rhs: SchemeYear) -> Bool { lhs.startYear < rhs.startYear }
}
