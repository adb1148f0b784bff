/// What the Part 2A estimates need for a member over the 2008 Scheme NPA on 31 March. Multipliers are
/// `Fraction`s (1 for none).
public struct UnderpinStatementOver2008NPAInput: Sendable, Hashable {
    /// Provisional assumed benefits and provisional underpin amount calculated on the underpin date.
    public var provisionalAssumedBenefits: Money
    public var provisionalUnderpinAmount: Money
    /// Revaluation and pensions increase on the assumed benefits from the underpin date to 31 March.
    public var assumedIndexationTo31March: Fraction
    /// Pensions increase on the underpin amount from the underpin date to 31 March.
    public var underpinIncreaseTo31March: Fraction
    /// Late retirement increase on the assumed benefits from the 2014 Scheme NPA to 31 March (1 if the member is
    /// not over the 2014 Scheme NPA on 31 March).
    public var assumedLateRetirementIncrease: Fraction
    /// Late retirement increase on the underpin amount from the 2008 Scheme NPA to the later of the 2014 Scheme NPA
    /// and 31 March.
    public var underpinLateRetirementIncrease: Fraction

    public init(provisionalAssumedBenefits: Money, provisionalUnderpinAmount: Money,
                assumedIndexationTo31March: Fraction, underpinIncreaseTo31March: Fraction,
                assumedLateRetirementIncrease: Fraction = .one, underpinLateRetirementIncrease: Fraction) {
        self.provisionalAssumedBenefits = provisionalAssumedBenefits
        self.provisionalUnderpinAmount = provisionalUnderpinAmount
        self.assumedIndexationTo31March = assumedIndexationTo31March
        self.underpinIncreaseTo31March = underpinIncreaseTo31March
        self.assumedLateRetirementIncrease = assumedLateRetirementIncrease
        self.underpinLateRetirementIncrease = underpinLateRetirementIncrease
    }
}

/// Part 2A figures for a protected member over the 2008 Scheme NPA on 31 March: the actual provisional amounts,
/// revalued to 31 March; final figures on the later of the 2014 Scheme NPA and 31 March including late retirement
/// increases; estimated final guarantee amount; estimated survivor guarantee amount = 49/160 × the revalued
/// difference.
/// - Legislation: seed 001 Part 2A ("Members protected by the underpin and over 2008 Scheme NPA on 31 March");
///   seed 003 para. 104 and Annex B reg. 89(7); SI 2014/525 regs. 4A–4U as inserted by SI 2023/972
public func underpinStatementEstimatesOver2008NPA(statementDate: CalendarDate, _ input: UnderpinStatementOver2008NPAInput,
                                                  parameters: SchemeParameters)
    throws(ParameterError) -> Calculation<UnderpinStatementEstimates> {
    var working = Working()
    let revaluedAssumed = Money.rounding(input.provisionalAssumedBenefits.exactly(times: input.assumedIndexationTo31March),
                                         .nearestPennyHalfUp)
    working.record(.init(title: "Revalued assumed benefits to 31 March",
                         inputs: [.init("Provisional assumed benefits", .money(input.provisionalAssumedBenefits)),
                                  .init("Revaluation and pensions increase", .fraction(input.assumedIndexationTo31March))],
                         result: .money(revaluedAssumed), regulation: "seed 001 Part 2A; " + UnderpinLaw.inForce,
                         note: "rounded to the nearest penny"))
    let revaluedUnderpin = Money.rounding(input.provisionalUnderpinAmount.exactly(times: input.underpinIncreaseTo31March),
                                          .nearestPennyHalfUp)
    working.record(.init(title: "Revalued underpin amount to 31 March",
                         inputs: [.init("Provisional underpin amount", .money(input.provisionalUnderpinAmount)),
                                  .init("Pensions increase", .fraction(input.underpinIncreaseTo31March))],
                         result: .money(revaluedUnderpin), regulation: "seed 001 Part 2A; " + UnderpinLaw.inForce,
                         note: "rounded to the nearest penny"))
    let revaluedGuarantee = working.includeAsWorking(underpinGuaranteeDifference(
        title: "Revalued guarantee", underpin: revaluedUnderpin, underpinLabel: "Revalued underpin amount",
        assumed: revaluedAssumed, assumedLabel: "Less revalued assumed benefits", regulation: "seed 001 Part 2A"))
    let final = working.includeAsWorking(finalGuaranteeAmount(FinalUnderpinInput(
        provisionalAssumedBenefits: revaluedAssumed, provisionalUnderpinAmount: revaluedUnderpin,
        assumedAgeAdjustment: input.assumedLateRetirementIncrease,
        underpinAgeAdjustment: input.underpinLateRetirementIncrease)))
    let survivor = working.includeAsWorking(try survivorGuaranteeAmount(
        provisionalGuaranteeAmount: revaluedGuarantee, on: statementDate, terms: parameters.underpin))
    return working.result(UnderpinStatementEstimates(
        position: .over2008NormalPensionAge, statementDate: statementDate,
        provisionalAssumedBenefits: input.provisionalAssumedBenefits,
        provisionalUnderpinAmount: input.provisionalUnderpinAmount,
        revaluedAssumedBenefits: revaluedAssumed, revaluedUnderpinAmount: revaluedUnderpin,
        estimatedFinalAssumedBenefits: final.finalAssumedBenefits, estimatedFinalUnderpinAmount: final.finalUnderpinAmount,
        estimatedFinalGuaranteeAmount: final.finalGuaranteeAmount, estimatedSurvivorGuaranteeAmount: survivor.amount))
}
