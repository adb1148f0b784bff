/// Early retirement reduction factors published in the Secretary of State's (GAD) guidance: the percentage by
/// which pension (and the pre-2008 automatic lump sum) is reduced for each whole year before normal pension age.
/// - Legislation: SI 2013/2356 reg. 30(5) (reduction in accordance with actuarial guidance).
public struct EarlyRetirementTable: Sendable, Hashable {
    /// Pension reductions by whole years early, index 0 = 0 years. Sex-specific tables give both.
    public var pensionReduction: [Rate]
    /// Pension reductions for women when the table is sex-specific; `nil` for a unisex table.
    public var pensionReductionFemale: [Rate]?
    /// Lump sum (pre-2008 automatic lump sum) reductions by whole years early.
    public var lumpSumReduction: [Rate]
    /// How a part year is treated between whole years.
    public var partYearMethod: PartYearMethod

    public init(pensionReduction: [Rate], pensionReductionFemale: [Rate]?, lumpSumReduction: [Rate],
                partYearMethod: PartYearMethod) {
        self.pensionReduction = pensionReduction
        self.pensionReductionFemale = pensionReductionFemale
        self.lumpSumReduction = lumpSumReduction
        self.partYearMethod = partYearMethod
    }
}

/// How a factor table indexed by whole years is applied to a part year.
public enum PartYearMethod: String, Sendable, Hashable, CaseIterable {
    /// Straight-line between the two whole-year factors, by days (year length 365.25 days is not used: the part
    /// year is days beyond the last whole year over the days in that year). UNVERIFIED as GAD's method.
    case linearByDays = "linear_by_days"
}
