/// Ill-health retirement enhancement shares and the tier 3 limit.
/// - Legislation: SI 2013/2356 reg. 35(5)–(7) and reg. 39 (tier 1: 100% of the pension that would have accrued
///   to NPA on assumed pensionable pay; tier 2: 25%; tier 3: none, paid for at most 3 years).
public struct IllHealthTerms: Sendable, Hashable {
    public var tier1ShareOfProspective: Fraction
    public var tier2ShareOfProspective: Fraction
    public var tier3MaximumYears: Int
    public var tier3ReviewMonths: Int

    public init(tier1ShareOfProspective: Fraction, tier2ShareOfProspective: Fraction, tier3MaximumYears: Int,
                tier3ReviewMonths: Int) {
        self.tier1ShareOfProspective = tier1ShareOfProspective
        self.tier2ShareOfProspective = tier2ShareOfProspective
        self.tier3MaximumYears = tier3MaximumYears
        self.tier3ReviewMonths = tier3ReviewMonths
    }
}
