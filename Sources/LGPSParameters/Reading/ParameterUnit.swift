import LGPSRules

/// The unit a parameter file declares for its values; every leaf value must parse as its unit.
public enum ParameterUnit: String, Sendable, Hashable, CaseIterable {
    /// A percentage written as a decimal, `"6.7"` or `"-0.1"`.
    case percent
    /// An exact fraction, `"1/49"`, or a whole or decimal number; never negative.
    case fraction
    /// Pounds sterling, `"8344"` or `"268275.00"`; never negative.
    case gbp
    /// A whole number of years, never negative.
    case years
    /// A whole number of months, never negative.
    case months
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// A word or phrase (an enumeration's raw value, or a sex `M`/`F`).
    case text
    /// `true` or `false`.
    case flag

    /// Why `text` is not a valid value of this unit, or `nil` when it is.
    public func problem(with text: String) -> String? {
        switch self {
        case .percent:
            return Rate(percent: text) == nil ? "\"\(text)\" is not a percentage" : nil
        case .fraction:
            guard let value = Fraction(text) else { return "\"\(text)\" is not a fraction" }
            return value < .zero ? "\"\(text)\" is negative" : nil
        case .gbp:
            guard let value = Money(pounds: text) else { return "\"\(text)\" is not an amount in pounds" }
            return value < .zero ? "\"\(text)\" is a negative amount" : nil
        case .years, .months:
            guard let value = Int(text) else { return "\"\(text)\" is not a whole number of \(rawValue)" }
            return value < 0 ? "\"\(text)\" is negative" : nil
        case .date:
            return CalendarDate(text) == nil ? "\"\(text)\" is not a date (YYYY-MM-DD)" : nil
        case .text:
            return text.isEmpty ? "the text is empty" : nil
        case .flag:
            return text == "true" || text == "false" ? nil : "\"\(text)\" is not true or false"
        }
    }
}
