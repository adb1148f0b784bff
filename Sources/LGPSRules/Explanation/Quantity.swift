/// A value shown in a calculation's working: kept typed so the working is cheap to record and can be rendered
/// as text, HTML or JSON later.
public enum Quantity: Sendable, Hashable {
    case money(Money)
    case fraction(Fraction)
    case rate(Rate)
    case date(CalendarDate)
    case days(Int)
    case years(Int)
    case count(Int)
    case text(String)
    case flag(Bool)

    /// Plain UK English: `£1,234.56`, `1/49`, `6.7%`, `5 April 2024`, `365 days`.
    public var text: String {
        switch self {
        case .money(let m): return m.description
        case .fraction(let f): return f.description
        case .rate(let r): return r.description
        case .date(let d): return d.longUK
        case .days(let n): return n == 1 ? "1 day" : "\(n) days"
        case .years(let n): return n == 1 ? "1 year" : "\(n) years"
        case .count(let n): return String(n)
        case .text(let s): return s
        case .flag(let b): return b ? "yes" : "no"
        }
    }
}
