/// A number of hours or weeks held in hundredths (18.5 hours is 1850), so part-time fractions stay exact.
public struct Hundredths: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let value: Int64

    public init(_ value: Int64) { self.value = value }

    /// From a decimal such as `"18.5"` or `"52.14"` (at most two decimals).
    public init?(_ text: String) {
        guard let f = Fraction(text) else { return nil }
        let scaled = f * Fraction(100)
        guard scaled.denominator == 1 else { return nil }
        value = scaled.numerator
    }

    /// As an exact fraction (1850 becomes 37/2).
    public var fraction: Fraction { Fraction(value, 100) }

    public var description: String {
        let whole = value / 100
        let part = value.magnitude % 100
        if part == 0 { return String(whole) }
        let text = part < 10 ? "0\(part)" : String(part)
        return "\(whole)." + (text.hasSuffix("0") ? String(text.dropLast()) : text)
    }

    public static func < (l: Self, r: Self) -> Bool { l.value < r.value }

    public init(from decoder: any Decoder) throws { value = try decoder.singleValueContainer().decode(Int64.self) }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }
}
