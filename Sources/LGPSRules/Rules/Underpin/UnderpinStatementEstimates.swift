/// Every McCloud underpin item of the LGA annual benefit statement guide, Part 2A, for one protected member at
/// 31 March. Items that belong to the other age group are `nil`.
/// - Legislation: seed 001 Part 2A; LGPS (Information) Regulations 2024 (SI 2024/880); SI 2013/2356 reg. 89
public struct UnderpinStatementEstimates: Sendable, Hashable {
    /// Whether the member was under or over the 2008 Scheme NPA on 31 March.
    public enum Position: String, Sendable, Hashable {
        case under2008NormalPensionAge = "under 2008 Scheme NPA on 31 March"
        case over2008NormalPensionAge = "over 2008 Scheme NPA on 31 March"
    }

    public var position: Position
    /// The 31 March the statement is made to.
    public var statementDate: CalendarDate
    /// Under NPA: "Estimated provisional assumed benefits" (as if the underpin date were 31 March).
    public var estimatedProvisionalAssumedBenefits: Money?
    /// Under NPA: "Estimated provisional underpin amount".
    public var estimatedProvisionalUnderpinAmount: Money?
    /// Over NPA: "Provisional assumed benefits" (calculated on the underpin date).
    public var provisionalAssumedBenefits: Money?
    /// Over NPA: "Provisional underpin amount" (calculated on the underpin date).
    public var provisionalUnderpinAmount: Money?
    /// Over NPA: "Revalued assumed benefits to 31 March" (revaluation and pensions increase).
    public var revaluedAssumedBenefits: Money?
    /// Over NPA: "Revalued underpin amount to 31 March" (pensions increase).
    public var revaluedUnderpinAmount: Money?
    /// "Estimated final assumed benefits".
    public var estimatedFinalAssumedBenefits: Money
    /// "Estimated final underpin amount".
    public var estimatedFinalUnderpinAmount: Money
    /// "Estimated final guarantee amount": included in the 31 March pension and the NPA projection.
    public var estimatedFinalGuaranteeAmount: Money
    /// "Estimated survivor guarantee amount": included in the survivor figures.
    public var estimatedSurvivorGuaranteeAmount: Money

    public init(position: Position, statementDate: CalendarDate, estimatedProvisionalAssumedBenefits: Money? = nil,
                estimatedProvisionalUnderpinAmount: Money? = nil, provisionalAssumedBenefits: Money? = nil,
                provisionalUnderpinAmount: Money? = nil, revaluedAssumedBenefits: Money? = nil,
                revaluedUnderpinAmount: Money? = nil, estimatedFinalAssumedBenefits: Money,
                estimatedFinalUnderpinAmount: Money, estimatedFinalGuaranteeAmount: Money,
                estimatedSurvivorGuaranteeAmount: Money) {
        self.position = position
        self.statementDate = statementDate
        self.estimatedProvisionalAssumedBenefits = estimatedProvisionalAssumedBenefits
        self.estimatedProvisionalUnderpinAmount = estimatedProvisionalUnderpinAmount
        self.provisionalAssumedBenefits = provisionalAssumedBenefits
        self.provisionalUnderpinAmount = provisionalUnderpinAmount
        self.revaluedAssumedBenefits = revaluedAssumedBenefits
        self.revaluedUnderpinAmount = revaluedUnderpinAmount
        self.estimatedFinalAssumedBenefits = estimatedFinalAssumedBenefits
        self.estimatedFinalUnderpinAmount = estimatedFinalUnderpinAmount
        self.estimatedFinalGuaranteeAmount = estimatedFinalGuaranteeAmount
        self.estimatedSurvivorGuaranteeAmount = estimatedSurvivorGuaranteeAmount
    }
}
