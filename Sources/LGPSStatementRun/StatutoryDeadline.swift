import LGPSRules
import LGPSStatements

/// The date by which a Scheme year's statements must be issued.
/// - Legislation: SI 2013/2356 reg. 89: an administering authority must issue a benefit statement to each of its
///   active, deferred and pension credit members "within five months of the end of the Scheme year" — by
///   31 August (LGA annual benefit statements guide, Part 1 [seed 001]).
public struct StatutoryDeadline: Sendable, Hashable {
    public var kind: StatementKind
    public var date: CalendarDate

    /// Months after the end of the Scheme year (reg. 89).
    public static let monthsAfterYearEnd = 5

    /// The deadline for `kind` in `year`: the last day of the fifth month after 31 March.
    public static func of(_ kind: StatementKind, year: SchemeYear) -> StatutoryDeadline {
        StatutoryDeadline(kind: kind, date: year.end.adding(months: monthsAfterYearEnd).endOfMonth)
    }

    /// Days from `today` to the deadline (negative once it has passed).
    public func daysLeft(on today: CalendarDate) -> Int { today.days(until: date) }

    /// "12 days left", "due today" or "passed 3 days ago".
    public func daysLeftText(on today: CalendarDate) -> String {
        let days = daysLeft(on: today)
        switch days {
        case 0: return "due today"
        case 1: return "1 day left"
        case 2...: return "\(days) days left"
        case -1: return "passed 1 day ago"
        default: return "passed \(-days) days ago"
        }
    }
}
