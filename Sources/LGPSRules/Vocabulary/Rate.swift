/// A percentage rate held exactly (6.7% is 67/1000), such as a contribution rate or a revaluation.
public struct Rate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The rate as a fraction of one (0.067 for 6.7%).
    public let fraction: Fraction

    public init(_ fraction: Fraction) { self.fraction = fraction }

    /// A rate from a percentage written as text, `"6.7"` or `"-0.1"`; `nil` if not a number.
    public init?(percent text: String) {
        guard let value = Fraction(text) else { return nil }
        fraction = value / Fraction(100)
    }

    /// A rate from hundredths of a percent (basis points): 670 is 6.7%.
    public init(basisPoints: Int64) { fraction = Fraction(basisPoints, 10_000) }

    /// The rate in basis points, rounded down to a whole basis point (storage form).
    public var basisPoints: Int64 { (fraction * Fraction(10_000)).floor }

    /// `6.7%`: the percentage written with as many decimals as it needs (up to four).
    public var description: String {
        let hundredths = (fraction * Fraction(1_000_000)).floor
        let negative = hundredths < 0
        let magnitude = hundredths.magnitude
        var text = String(magnitude / 10_000)
        var rest = magnitude % 10_000
        if rest != 0 {
            var digits = String(rest)
            digits = String(repeating: "0", count: 4 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast(); rest /= 10 }
            text += "." + digits
        }
        return (negative ? "-" : "") + text + "%"
    }

    public static func < (l: Rate, r: Rate) -> Bool { l.fraction < r.fraction }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let rate = Rate(percent: text.hasSuffix("%") ? String(text.dropLast()) : text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "Expected a percentage, got \(text)"))
        }
        self = rate
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(description.dropLast()))
    }
}
