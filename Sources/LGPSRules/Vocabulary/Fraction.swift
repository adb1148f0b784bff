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
        if denominator == 1 {
            self.init(reduced: numerator, denominator)
            return
        }
        let sign: Int64 = denominator < 0 ? -1 : 1
        let divisor = Int64(Fraction.gcd(numerator.magnitude, denominator.magnitude))
        self.init(reduced: sign * numerator / divisor, sign * denominator / divisor)
    }

    /// A fraction already in lowest terms with a positive denominator (the arithmetic below keeps it so).
    private init(reduced numerator: Int64, _ denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public static let zero = Fraction(0)
    public static let one = Fraction(1)

    /// Greatest common divisor by Stein's binary method (no division); 1 when both are zero.
    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        if a == 0 { return b == 0 ? 1 : b }
        if b == 0 { return a }
        if a == 1 || b == 1 { return 1 }
        var (u, v) = (a, b)
        let shift = (u | v).trailingZeroBitCount
        u >>= u.trailingZeroBitCount
        repeat {
            v >>= v.trailingZeroBitCount
            if u > v { swap(&u, &v) }
            v -= u
        } while v != 0
        return u << shift
    }

    public static func + (l: Fraction, r: Fraction) -> Fraction {
        if l.denominator == 1 && r.denominator == 1 { return Fraction(reduced: l.numerator + r.numerator, 1) }
        let g = Int64(gcd(l.denominator.magnitude, r.denominator.magnitude))
        return Fraction(l.numerator * (r.denominator / g) + r.numerator * (l.denominator / g),
                        l.denominator / g * r.denominator)
    }

    public static prefix func - (f: Fraction) -> Fraction { Fraction(reduced: -f.numerator, f.denominator) }
    public static func - (l: Fraction, r: Fraction) -> Fraction { l + (-r) }

    /// Cross-cancels first, so the product of two reduced fractions is reduced without a further gcd.
    public static func * (l: Fraction, r: Fraction) -> Fraction {
        let g1 = Int64(gcd(l.numerator.magnitude, r.denominator.magnitude))
        let g2 = Int64(gcd(r.numerator.magnitude, l.denominator.magnitude))
        let numerator = (l.numerator / g1) * (r.numerator / g2)
        return Fraction(reduced: numerator, numerator == 0 ? 1 : (l.denominator / g2) * (r.denominator / g1))
    }

    public static func / (l: Fraction, r: Fraction) -> Fraction {
        precondition(r.numerator != 0, "Division by a zero fraction")
        return l * Fraction(r.denominator, r.numerator)
    }

    /// Compares cross products at full width (no overflow, no gcd).
    public static func < (l: Fraction, r: Fraction) -> Bool {
        let left = l.numerator.multipliedFullWidth(by: r.denominator)
        let right = r.numerator.multipliedFullWidth(by: l.denominator)
        return left.high < right.high || (left.high == right.high && left.low < right.low)
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
