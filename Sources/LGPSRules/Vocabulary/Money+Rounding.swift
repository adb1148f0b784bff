/// How an exact amount of pence becomes a whole number of pence (or pounds).
public enum RoundingRule: String, Sendable, Codable, CaseIterable {
    /// To the nearest penny; exactly half a penny goes away from zero (the usual commercial rule; the LGA
    /// calculation guides round pension amounts to the nearest penny).
    case nearestPennyHalfUp
    /// Down to the whole penny below (towards minus infinity), as when a limit must not be exceeded.
    case downToPenny
    /// Up to the whole penny above (towards plus infinity).
    case upToPenny
    /// Down to the whole pound below, as contribution bands are set ("rounded down to the nearest £100" works
    /// the same way at a coarser step; see `Money.roundedDown(_:toMultipleOf:)`).
    case downToPound
}

extension Money {
    static let penniesPerPound: Int64 = 100

    /// Turns an exact number of pence into `Money` by `rule`. This is the only way a fraction of a penny
    /// leaves the exact world, so every rounding in a calculation is named and documented where it happens.
    public static func rounding(_ exactPence: Fraction, _ rule: RoundingRule) -> Money {
        let floor = exactPence.floor
        let remainder = exactPence - Fraction(floor)
        switch rule {
        case .downToPenny:
            return Money(pence: floor)
        case .upToPenny:
            return Money(pence: remainder == .zero ? floor : floor + 1)
        case .nearestPennyHalfUp:
            let half = Fraction(1, 2)
            if remainder == half { return Money(pence: exactPence < .zero ? floor : floor + 1) }
            return Money(pence: remainder > half ? floor + 1 : floor)
        case .downToPound:
            return Money(pence: Fraction(floor, penniesPerPound).floor * penniesPerPound)
        }
    }

    /// This amount rounded down to a whole multiple of `step` (e.g. £100 for contribution band limits).
    public func roundedDown(toMultipleOf step: Money) -> Money {
        precondition(step.pence > 0, "The step must be positive")
        return Money(pence: Fraction(pence, step.pence).floor * step.pence)
    }
}
