/// Multipliers for benefits drawn before or after normal pension age: `pension` applies to pension, `lumpSum`
/// to the pre-2008 automatic lump sum (1 − reduction, or 1 + increase).
public struct RetirementFactor: Hashable, Sendable {
    /// Multiplier for pension.
    public var pension: Fraction
    /// Multiplier for the pre-2008 automatic lump sum.
    public var lumpSum: Fraction

    /// Creates a factor pair.
    public init(pension: Fraction, lumpSum: Fraction) {
        self.pension = pension
        self.lumpSum = lumpSum
    }

    /// No reduction or increase.
    public static let none = RetirementFactor(pension: .one, lumpSum: .one)
}
