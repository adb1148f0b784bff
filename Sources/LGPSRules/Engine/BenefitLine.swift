/// One part of a member's benefits: a tranche of final-salary pension, the CARE pension, an additional pension
/// (ARC), the underpin addition, or a pension credit, with its annual pension and any automatic lump sum.
public struct BenefitLine: Sendable, Hashable {
    /// What the line is, in plain words: "Pension for membership before April 2008 (80ths)".
    public var label: String
    public var kind: Kind
    public var pension: Money
    public var lumpSum: Money

    /// Kinds of benefit line, so statements and screens can pick the lines they show.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case pre2008 = "pre_2008"
        case from2008 = "from_2008"
        case care
        case additionalPension = "additional_pension"
        /// Additional pension from additional regular contributions (ARC), a 2008 Scheme benefit.
        case arc
        case finalGuaranteeAmount = "final_guarantee_amount"
        case debit
        /// A pension credit member's pension credit, with pensions increases.
        case pensionCredit = "pension_credit"
    }

    public init(label: String, kind: Kind, pension: Money, lumpSum: Money) {
        self.label = label
        self.kind = kind
        self.pension = pension
        self.lumpSum = lumpSum
    }
}
