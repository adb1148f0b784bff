/// Annual allowance figures for a tax year.
/// - Legislation: Finance Act 2004 s. 228 (annual allowance), s. 228ZA (taper), s. 227ZA (money purchase
///   annual allowance), s. 234 (defined benefit input amount: valuation factor 16, opening value uprated by CPI).
public struct AnnualAllowanceFigures: Sendable, Hashable {
    public var standardAllowance: Money
    public var taperAdjustedIncomeThreshold: Money
    public var taperThresholdIncome: Money
    public var minimumTaperedAllowance: Money
    public var moneyPurchaseAllowance: Money
    /// The multiple of a year's pension used to value it (16).
    public var valuationFactor: Fraction

    public init(standardAllowance: Money, taperAdjustedIncomeThreshold: Money, taperThresholdIncome: Money,
                minimumTaperedAllowance: Money, moneyPurchaseAllowance: Money, valuationFactor: Fraction) {
        self.standardAllowance = standardAllowance
        self.taperAdjustedIncomeThreshold = taperAdjustedIncomeThreshold
        self.taperThresholdIncome = taperThresholdIncome
        self.minimumTaperedAllowance = minimumTaperedAllowance
        self.moneyPurchaseAllowance = moneyPurchaseAllowance
        self.valuationFactor = valuationFactor
    }
}
