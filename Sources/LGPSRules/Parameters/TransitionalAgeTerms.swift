/// Transitional ages and dates for protected members that `SchemeParameters` does not hold. Rules take it as an
/// argument; figures are in the test fixture (from `reference/lgps-rules.md` §4).
/// - Legislation: SI 2014/525 reg. 24(4) (protected NPA 60); SI 2014/525 Sch. 2 paras 1–3 (rule of 85
///   protection: membership to 31 March 2008, or to 31 March 2016 for a member aged 60 by then; tapered
///   protection for members reaching 60 between 1 April 2016 and 31 March 2020).
public struct TransitionalAgeTerms: Sendable, Hashable {
    /// Protected 2008 Scheme normal pension age (60).
    public var protectedNormalPensionAge2008: Int
    /// End of the membership protected under the rule of 85 for most members (31 March 2008).
    public var ruleOf85ProtectedTo: CalendarDate
    /// End of the protected membership for a member aged `ruleOf85ExtendedAge` by that date (31 March 2016).
    public var ruleOf85ExtendedProtectedTo: CalendarDate
    /// The age (60) a member must reach by `ruleOf85ExtendedProtectedTo` for the extended protection.
    public var ruleOf85ExtendedAge: Int
    /// Last day of the taper (31 March 2020): a member reaching 60 after it has only the basic protection.
    public var ruleOf85TaperEnd: CalendarDate
    /// A member must have been in the Scheme on this date (30 September 2006) to have rule of 85 protection.
    public var ruleOf85MemberOn: CalendarDate
    /// The age (60) from which the rule of 85 applies to a voluntary retirement without the employer's consent
    /// (the 2016 "switch-off" for retirements from 55 to 60).
    public var ruleOf85AutomaticFromAge: Int

    /// Creates the terms.
    public init(protectedNormalPensionAge2008: Int, ruleOf85ProtectedTo: CalendarDate,
                ruleOf85ExtendedProtectedTo: CalendarDate, ruleOf85ExtendedAge: Int, ruleOf85TaperEnd: CalendarDate,
                ruleOf85MemberOn: CalendarDate, ruleOf85AutomaticFromAge: Int) {
        self.protectedNormalPensionAge2008 = protectedNormalPensionAge2008
        self.ruleOf85ProtectedTo = ruleOf85ProtectedTo
        self.ruleOf85ExtendedProtectedTo = ruleOf85ExtendedProtectedTo
        self.ruleOf85ExtendedAge = ruleOf85ExtendedAge
        self.ruleOf85TaperEnd = ruleOf85TaperEnd
        self.ruleOf85MemberOn = ruleOf85MemberOn
        self.ruleOf85AutomaticFromAge = ruleOf85AutomaticFromAge
    }
}
