/// An exact rational number, always held in lowest terms with a positive denominator.
///
/// Rules multiply money by fractions (1/49, 3/80, a revaluation of 6.7%) without any rounding; rounding happens
/// only when a `Fraction` of pence is turned back into `Money` by a named rounding function.
public struct Fraction: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    /// Creates `numerator/denominator`, reduced. Traps when `denominator` is zero.
    public init(_ numerator: Int64, _ denominator: Int64 = 1) {
        precondition(denominator != 0, "A fraction cannot have a zero denominator")
        let sign: Int64 = denominator < 0 ? -1 : 1
        let divisor = Fraction.gcd(numerator.magnitude, denominator.magnitude)
        self.numerator = sign * numerator / Int64(divisor)
        self.denominator = sign * denominator / Int64(divisor)
    }

    public static let zero = Fraction(0)
    public static let one = Fraction(1)

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    public static func + (l: Fraction, r: Fraction) -> Fraction {
        let g = Int64(gcd(l.denominator.magnitude, r.denominator.magnitude))
        return Fraction(l.numerator * (r.denominator / g) + r.numerator * (l.denominator / g),
                        l.denominator / g * r.denominator)
    }

    public static prefix func - (f: Fraction) -> Fraction { Fraction(-f.numerator, f.denominator) }
    public static func - (l: Fraction, r: Fraction) -> Fraction { l + (-r) }

    public static func * (l: Fraction, r: Fraction) -> Fraction {
        let g1 = Int64(gcd(l.numerator.magnitude, r.denominator.magnitude))
        let g2 = Int64(gcd(r.numerator.magnitude, l.denominator.magnitude))
        return Fraction((l.numerator / g1) * (r.numerator / g2), (l.denominator / g2) * (r.denominator / g1))
    }

    public static func / (l: Fraction, r: Fraction) -> Fraction {
        precondition(r.numerator != 0, "Division by a zero fraction")
        return l * Fraction(r.denominator, r.numerator)
    }

    public static func < (l: Fraction, r: Fraction) -> Bool {
        (l - r).numerator < 0
    }

    /// The largest integer not greater than the fraction.
    public var floor: Int64 {
        let q = numerator / denominator
        return (numerator % denominator != 0 && numerator < 0) ? q - 1 : q
    }

    /// `n/d`, or `n` when whole.
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    /// Parses `n/d`, an integer, or a decimal such as `-0.1` or `6.7`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let n = Int64(parts[0]), let d = Int64(parts[1]), d != 0 else { return nil }
            self.init(n, d)
            return
        }
        guard let decimal = Fraction.parseDecimal(text) else { return nil }
        self = decimal
    }

    static func parseDecimal(_ text: String) -> Fraction? {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative || body.hasPrefix("+") { body = body.dropFirst() }
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), !pieces[0].isEmpty, pieces.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              pieces.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        let decimals = pieces.count == 2 ? pieces[1] : ""
        guard decimals.count <= 12, let whole = Int64(pieces[0] + decimals) else { return nil }
        var scale: Int64 = 1
        for _ in 0..<decimals.count { scale *= 10 }
        return Fraction(negative ? -whole : whole, scale)
    }
}
