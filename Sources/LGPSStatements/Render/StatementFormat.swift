import LGPSRules

/// How a statement writes values for people, in the GOV.UK style: `£1,234.56`, `31 March 2026`.
/// - Source: GOV.UK style guide ("Money", "Dates"); LGA guide Part 3 (plain explanations) [seed 001].
enum StatementFormat {
    /// `£1,234.56` (pence always shown: statement figures are exact).
    static func money(_ amount: Money) -> String { amount.description }

    /// `31 March 2026`.
    static func date(_ date: CalendarDate) -> String { date.longUK }

    /// `£1,234.56 a year`.
    static func yearly(_ amount: Money) -> String { money(amount) + " a year" }

    /// A list in words: `A`, `A and B`, `A, B and C`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// A whole number of years in words where short: `2 years`, `1 year`.
    static func years(_ count: Int) -> String { count == 1 ? "1 year" : "\(count) years" }

    /// A fraction as written in the Scheme's rules: `1/160`, `49/160`.
    static func fraction(_ value: Fraction) -> String {
        value.denominator == 1 ? String(value.numerator) : "\(value.numerator)/\(value.denominator)"
    }

    /// A multiple written as a number when whole (`3`), else as a fraction.
    static func multiple(_ value: Fraction) -> String { fraction(value) }
}
