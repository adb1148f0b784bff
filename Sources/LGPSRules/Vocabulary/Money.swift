/// An amount of money in whole pence, exact. Never a floating-point number.
///
/// Arithmetic between amounts is exact; multiplying by a `Fraction` gives a `Fraction` of pence that a rule must
/// turn back into `Money` through one of the named rounding functions in `Money+Rounding.swift`.
public struct Money: Hashable, Comparable, Sendable, Codable {
    /// The amount in pence (negative for a debit or a reduction).
    public let pence: Int64

    public init(pence: Int64) { self.pence = pence }

    /// Whole pounds.
    public init(pounds: Int64) { pence = pounds * 100 }

    public static let zero = Money(pence: 0)

    public static func + (l: Money, r: Money) -> Money { Money(pence: l.pence + r.pence) }
    public static func - (l: Money, r: Money) -> Money { Money(pence: l.pence - r.pence) }
    public static prefix func - (m: Money) -> Money { Money(pence: -m.pence) }
    public static func += (l: inout Money, r: Money) { l = l + r }
    public static func -= (l: inout Money, r: Money) { l = l - r }
    public static func < (l: Money, r: Money) -> Bool { l.pence < r.pence }

    /// The exact product of this amount and `factor`, in pence, not yet rounded.
    public func exactly(times factor: Fraction) -> Fraction {
        Fraction(pence) * factor
    }

    /// The amount as an exact fraction of pence.
    public var exact: Fraction { Fraction(pence) }

    public init(from decoder: any Decoder) throws {
        pence = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(pence)
    }
}
