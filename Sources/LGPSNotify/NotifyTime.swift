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
        let days = daysFromCivil(year: date[0], month: date[1], day: date[2])
        return Timestamp(microseconds: days * day + clock[0] * hour + clock[1] * minute + clock[2] * second + micros)
    }

    /// `instant` as Notify writes it.
    public static func format(_ instant: Timestamp) -> String {
        let days = instant.microseconds >= 0 ? instant.microseconds / day : (instant.microseconds - day + 1) / day
        let rest = instant.microseconds - days * day
        let (y, m, d) = civilFromDays(days)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let fraction = String(rest % second)
        return "\(y)-\(two(m))-\(two(d))T\(two(rest / hour)):\(two(rest % hour / minute)):\(two(rest % minute / second))"
            + "." + String(repeating: "0", count: 6 - fraction.count) + fraction + "Z"
    }

    static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { value, _ in value * 10 } }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number (H. Hinnant's `civil_from_days`).
    static func civilFromDays(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
