/// Fractions for survivors' and children's pensions.
/// - Legislation: SI 2013/2356 regs. 40–46 and Sch. 1 (survivor 1/160 of pay for each year, i.e. 49/160 of
///   CARE pension; children 1/320 or 1/160 with a survivor's pension, 1/240 or 1/120 without); SI 2014/525 Sch. 1.
public struct SurvivorFractions: Sendable, Hashable {
    /// Survivor's pension per year of final-salary membership, as a fraction of final pay (1/160).
    public var survivorOfFinalPay: Fraction
    /// Survivor's pension as a fraction of the member's CARE pension (49/160).
    public var survivorOfCarePension: Fraction
    public var oneChildWithSurvivor: Fraction
    public var childrenWithSurvivor: Fraction
    public var oneChildNoSurvivor: Fraction
    public var childrenNoSurvivor: Fraction
    /// Cohabiting partners count membership only from this date (6 April 1988).
    public var cohabitingPartnerMembershipFrom: CalendarDate
    /// Widowers of marriages after leaving count membership only from this date (6 April 1988).
    public var postLeavingMarriageWidowerFrom: CalendarDate
    /// Widows and same-sex survivors of marriages after leaving count membership from this date (6 April 1978).
    public var postLeavingMarriageWidowFrom: CalendarDate

    public init(survivorOfFinalPay: Fraction, survivorOfCarePension: Fraction, oneChildWithSurvivor: Fraction,
                childrenWithSurvivor: Fraction, oneChildNoSurvivor: Fraction, childrenNoSurvivor: Fraction,
                cohabitingPartnerMembershipFrom: CalendarDate, postLeavingMarriageWidowerFrom: CalendarDate,
                postLeavingMarriageWidowFrom: CalendarDate) {
        self.survivorOfFinalPay = survivorOfFinalPay
        self.survivorOfCarePension = survivorOfCarePension
        self.oneChildWithSurvivor = oneChildWithSurvivor
        self.childrenWithSurvivor = childrenWithSurvivor
        self.oneChildNoSurvivor = oneChildNoSurvivor
        self.childrenNoSurvivor = childrenNoSurvivor
        self.cohabitingPartnerMembershipFrom = cohabitingPartnerMembershipFrom
        self.postLeavingMarriageWidowerFrom = postLeavingMarriageWidowerFrom
        self.postLeavingMarriageWidowFrom = postLeavingMarriageWidowFrom
    }
}
