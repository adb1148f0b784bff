import LGPSRules
import LGPSStorage

/// How values are written on pages (plain UK English).
enum Formatting {
    /// `5 April 2024`, or "Not recorded".
    static func date(_ date: CalendarDate?) -> String { date?.longUK ?? "Not recorded" }

    /// `5 April 2024`, or "Present" for an open-ended period.
    static func until(_ date: CalendarDate?) -> String { date?.longUK ?? "Present" }

    /// `2026-11-22 14:03` in UTC.
    static func timestamp(_ timestamp: Timestamp) -> String {
        let seconds = timestamp.microseconds / 1_000_000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let hour = secondOfDay / 3600, minute = secondOfDay % 3600 / 60
        return "\(CalendarDate(dayNumber: days)) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    /// `£1,234.56`.
    static func money(_ money: Money?) -> String { money?.description ?? "" }

    /// `6.7%`, or "Not recorded".
    static func rate(_ rate: Rate?) -> String { rate?.description ?? "Not recorded" }

    /// "Yes" / "No".
    static func yesNo(_ value: Bool) -> String { value ? "Yes" : "No" }
}
