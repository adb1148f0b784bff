/// Dates and fractions of the McCloud underpin.
/// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972 (remedy period 1 April 2014 to 31 March
///   2022; earlier public service membership before 1 April 2012; survivor guarantee amount 49/160 of the
///   provisional guarantee).
public struct UnderpinTerms: Sendable, Hashable {
    public var remedyPeriodStart: CalendarDate
    public var remedyPeriodEnd: CalendarDate
    /// Membership of a public service scheme must have begun before this date.
    public var qualifyingMembershipBefore: CalendarDate
    public var survivorGuaranteeFraction: Fraction

    public init(remedyPeriodStart: CalendarDate, remedyPeriodEnd: CalendarDate, qualifyingMembershipBefore: CalendarDate,
                survivorGuaranteeFraction: Fraction) {
        self.remedyPeriodStart = remedyPeriodStart
        self.remedyPeriodEnd = remedyPeriodEnd
        self.qualifyingMembershipBefore = qualifyingMembershipBefore
        self.survivorGuaranteeFraction = survivorGuaranteeFraction
    }
}
