/// Terms for giving up pension for a lump sum.
/// - Legislation: SI 2013/2356 reg. 33(1) (£12 for each £1 of annual pension) and 33(2) (no more than 25% of
///   the capital value); Finance Act 2004 Sch. 29 para 3 (the capital value of a defined benefit pension is 20
///   times the pension, plus any lump sum).
public struct CommutationTerms: Sendable, Hashable {
    /// Lump sum paid for each £1 a year of pension given up (12).
    public var lumpSumPerPoundOfPension: Fraction
    /// Most of the capital value that may be taken as lump sum (1/4).
    public var maximumShareOfCapitalValue: Fraction
    /// The factor HMRC uses to value a year's pension as capital (20).
    public var capitalValueFactor: Fraction

    public init(lumpSumPerPoundOfPension: Fraction, maximumShareOfCapitalValue: Fraction, capitalValueFactor: Fraction) {
        self.lumpSumPerPoundOfPension = lumpSumPerPoundOfPension
        self.maximumShareOfCapitalValue = maximumShareOfCapitalValue
        self.capitalValueFactor = capitalValueFactor
    }
}
