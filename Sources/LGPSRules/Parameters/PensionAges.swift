/// Ages that fix when benefits are normally, earliest and latest payable.
/// - Legislation: SI 2013/2356 Sch. 1 ("normal pension age": State Pension age, not less than 65) and reg. 30
///   (earliest voluntary retirement 55; benefits must be taken by 75); SI 2014/525 Sch. 2 (2008 Scheme NPA 65);
///   Finance Act 2022 s. 10 (normal minimum pension age 57 from 6 April 2028).
public struct PensionAges: Sendable, Hashable {
    public var minimumNormalPensionAge2014: Int
    public var normalPensionAge2008: Int
    public var earliestVoluntaryRetirement: Int
    public var latestRetirement: Int
    /// Age at which the rule of 85 protection is tested for 2008 Scheme protected members.
    public var ruleOf85Total: Int

    public init(minimumNormalPensionAge2014: Int, normalPensionAge2008: Int, earliestVoluntaryRetirement: Int,
                latestRetirement: Int, ruleOf85Total: Int) {
        self.minimumNormalPensionAge2014 = minimumNormalPensionAge2014
        self.normalPensionAge2008 = normalPensionAge2008
        self.earliestVoluntaryRetirement = earliestVoluntaryRetirement
        self.latestRetirement = latestRetirement
        self.ruleOf85Total = ruleOf85Total
    }
}
