/// A member's income and total pension input amount for a tax year.
public struct AnnualAllowanceInput: Sendable, Hashable {
    public var taxYear: TaxYear
    public var thresholdIncome: Money
    public var adjustedIncome: Money
    /// Total pension input amounts for the year across the member's arrangements.
    public var pensionInputAmount: Money

    public init(taxYear: TaxYear, thresholdIncome: Money, adjustedIncome: Money, pensionInputAmount: Money) {
        self.taxYear = taxYear
        self.thresholdIncome = thresholdIncome
        self.adjustedIncome = adjustedIncome
        self.pensionInputAmount = pensionInputAmount
    }
}

/// The annual allowance that applies and the excess over it.
public struct AnnualAllowanceCheck: Sendable, Hashable {
    /// The annual allowance for the year after any taper.
    public var allowance: Money
    /// Whether the taper applied.
    public var isTapered: Bool
    /// Pension input amount above the allowance (before any carry forward of unused allowance).
    public var excess: Money
}

/// The annual allowance for the year: the standard allowance, tapered when threshold income exceeds the threshold
/// and adjusted income exceeds the adjusted income limit, by £1 for every whole £2 of the excess, but not below the
/// minimum; and the excess of the pension input amount over it (carry forward not applied).
/// - Legislation: Finance Act 2004 s. 228 and s. 228ZA; s. 227 (charge on the excess)
public func annualAllowanceCheck(_ input: AnnualAllowanceInput, parameters: SchemeParameters)
    throws(ParameterError) -> Calculation<AnnualAllowanceCheck> {
    let entry = try parameters.annualAllowance.entry(on: input.taxYear.start)
    let figures = entry.value
    var working = Working()
    working.record(.init(title: "Standard annual allowance for \(input.taxYear)", result: .money(figures.standardAllowance),
                         parameter: ParameterUse(parameters.annualAllowance, entry, shown: .money(figures.standardAllowance)),
                         regulation: "Finance Act 2004 s. 228"))
    let tapered = input.thresholdIncome > figures.taperThresholdIncome
        && input.adjustedIncome > figures.taperAdjustedIncomeThreshold
    var allowance = figures.standardAllowance
    if tapered {
        let excessIncome = input.adjustedIncome - figures.taperAdjustedIncomeThreshold
        let reduction = Money(pounds: Fraction(excessIncome.pence, 200).floor)
        allowance = max(figures.standardAllowance - reduction, figures.minimumTaperedAllowance)
        working.record(.init(title: "Tapered annual allowance",
                             inputs: [.init("Threshold income", .money(input.thresholdIncome)),
                                      .init("Adjusted income", .money(input.adjustedIncome)),
                                      .init("Reduction (£1 for every £2 over the limit)", .money(reduction)),
                                      .init("Minimum", .money(figures.minimumTaperedAllowance))],
                             result: .money(allowance),
                             parameter: ParameterUse(parameters.annualAllowance, entry,
                                                     shown: .money(figures.taperAdjustedIncomeThreshold)),
                             regulation: "Finance Act 2004 s. 228ZA", note: "reduction in whole pounds per whole £2"))
    }
    let excess = max(input.pensionInputAmount - allowance, .zero)
    working.record(.init(title: "Excess over the annual allowance",
                         inputs: [.init("Pension input amount", .money(input.pensionInputAmount)),
                                  .init("Annual allowance", .money(allowance))],
                         result: .money(excess), regulation: "Finance Act 2004 s. 227",
                         note: "before any unused allowance carried forward (s. 228A)"))
    return working.result(AnnualAllowanceCheck(allowance: allowance, isTapered: tapered, excess: excess))
}
