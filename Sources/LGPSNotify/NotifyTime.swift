import LGPSRules
import LGPSStorage

/// Notify's times (`2026-01-01T12:00:00.000000Z`, UTC, with or without a fraction or a `+00:00` offset) as
/// ``Timestamp``s, and back. Parsed by hand so no calendar or locale is involved.
public enum NotifyTime {
    /// Microseconds in a second, minute, hour and day.
    static let second: Int64 = 1_000_000, minute = 60 * second, hour = 60 * minute, day = 24 * hour

    /// The instant `text` names, or nil when it is not such a time.
    public static func parse(_ text: String) -> Timestamp? {
        var body = Substring(text)
        if body.hasSuffix("Z") { body = body.dropLast() } else if body.hasSuffix("+00:00") { body = body.dropLast(6) }
        let parts = body.split(separator: "T")
        guard parts.count == 2 else { return nil }
        let date = parts[0].split(separator: "-").compactMap { Int64($0) }
        let clockAndFraction = parts[1].split(separator: ".", maxSplits: 1)
        let clock = clockAndFraction[0].split(separator: ":").compactMap { Int64($0) }
        guard date.count == 3, clock.count == 3, (1...12).contains(date[1]), (1...31).contains(date[2]),
              (0...23).contains(clock[0]), (0...59).contains(clock[1]), (0...60).contains(clock[2]) else { return nil }
        var micros: Int64 = 0
        if clockAndFraction.count == 2 {
            let digits = clockAndFraction[1].prefix(6)
            guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let value = Int64(digits) else { return nil }
            micros = value * Int64(pow10(6 - digits.count))
        }
        guard let calendarDate = CalendarDate(year: Int(date[0]), month: Int(date[1]), day: Int(date[2])) else { return nil }
        let days = Int64(calendarDate.dayNumber)
        return Timestamp(microseconds: days * day + clock[0] * hour + clock[1] * minute + clock[2] * second + micros)
    }

    /// `instant` as Notify writes it.
    public static func format(_ instant: Timestamp) -> String {
        let days = instant.microseconds >= 0 ? instant.microseconds / day : (instant.microseconds - day + 1) / day
        let rest = instant.microseconds - days * day
        let date = CalendarDate(dayNumber: Int(days))
        let (y, m, d) = (Int64(date.year), Int64(date.month), Int64(date.day))
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let fraction = String(rest % second)
        return "\(y)-\(two(m))-\(two(d))T\(two(rest / hour)):\(two(rest % hour / minute)):\(two(rest % minute / second))"
            + "." + String(repeating: "0", count: 6 - fraction.count) + fraction + "Z"
    }

    static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { value, _ in value * 10 } }
}
