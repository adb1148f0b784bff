/// What updates the provisional amounts at the underpin crystallisation date. Multipliers are `Fraction`s (1 for
/// none) supplied by the revaluation, pensions increase and early/late retirement rules.
public struct FinalUnderpinInput: Sendable, Hashable {
    public var provisionalAssumedBenefits: Money
    public var provisionalUnderpinAmount: Money
    /// Revaluation and pensions increase the 2014 Scheme would have applied from the underpin date to the
    /// crystallisation date.
    public var assumedBenefitsIndexation: Fraction
    /// Pensions increase the 2008 Scheme would have applied over the same period.
    public var underpinIncrease: Fraction
    /// Early or late retirement factor measured from the 2014 Scheme NPA (reduction below 1, increase above).
    public var assumedAgeAdjustment: Fraction
    /// Early or late retirement factor measured from the 2008 Scheme NPA.
    public var underpinAgeAdjustment: Fraction

    public init(provisionalAssumedBenefits: Money, provisionalUnderpinAmount: Money,
                assumedBenefitsIndexation: Fraction = .one, underpinIncrease: Fraction = .one,
                assumedAgeAdjustment: Fraction = .one, underpinAgeAdjustment: Fraction = .one) {
        self.provisionalAssumedBenefits = provisionalAssumedBenefits
        self.provisionalUnderpinAmount = provisionalUnderpinAmount
        self.assumedBenefitsIndexation = assumedBenefitsIndexation
        self.underpinIncrease = underpinIncrease
        self.assumedAgeAdjustment = assumedAgeAdjustment
        self.underpinAgeAdjustment = underpinAgeAdjustment
    }
}

/// The final comparison at the underpin crystallisation date.
public struct FinalUnderpinComparison: Sendable, Hashable {
    /// Provisional assumed benefits revalued and adjusted for age from the 2014 Scheme NPA.
    public var finalAssumedBenefits: Money
    /// Provisional underpin amount increased and adjusted for age from the 2008 Scheme NPA.
    public var finalUnderpinAmount: Money
    /// The excess of the final underpin amount over the final assumed benefits, otherwise nil.
    public var finalGuaranteeAmount: Money
}

/// Final assumed benefits (provisional assumed benefits revalued/increased to crystallisation and adjusted for
/// age from the 2014 Scheme NPA), final underpin amount (provisional underpin amount increased and adjusted for age
/// from the 2008 Scheme NPA), each rounded to the nearest penny once, and the final guarantee amount: the excess of
/// the final underpin amount over the final assumed benefits, otherwise nil.
/// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972; seed 003 Annex B reg. 4(10), (13)–(16), Annex C
public func finalGuaranteeAmount(_ input: FinalUnderpinInput) -> Calculation<FinalUnderpinComparison> {
    var working = Working()
    let assumed = Money.rounding(input.provisionalAssumedBenefits.exactly(
        times: input.assumedBenefitsIndexation * input.assumedAgeAdjustment), .nearestPennyHalfUp)
    working.record(.init(title: "Final assumed benefits",
                         inputs: [.init("Provisional assumed benefits", .money(input.provisionalAssumedBenefits)),
                                  .init("Revaluation and increases to crystallisation", .fraction(input.assumedBenefitsIndexation)),
                                  .init("Age adjustment from 2014 Scheme NPA", .fraction(input.assumedAgeAdjustment))],
                         result: .money(assumed), regulation: UnderpinLaw.cite("13), (15"),
                         note: "rounded to the nearest penny"))
    let underpin = Money.rounding(input.provisionalUnderpinAmount.exactly(
        times: input.underpinIncrease * input.underpinAgeAdjustment), .nearestPennyHalfUp)
    working.record(.init(title: "Final underpin amount",
                         inputs: [.init("Provisional underpin amount", .money(input.provisionalUnderpinAmount)),
                                  .init("Pensions increase to crystallisation", .fraction(input.underpinIncrease)),
                                  .init("Age adjustment from 2008 Scheme NPA", .fraction(input.underpinAgeAdjustment))],
                         result: .money(underpin), regulation: UnderpinLaw.cite("14), (16"),
                         note: "rounded to the nearest penny"))
    let guarantee = working.include(underpinGuaranteeDifference(
        title: "Final guarantee amount", underpin: underpin, underpinLabel: "Final underpin amount", assumed: assumed,
        assumedLabel: "Less final assumed benefits", regulation: UnderpinLaw.cite("10")))
    return working.result(FinalUnderpinComparison(finalAssumedBenefits: assumed, finalUnderpinAmount: underpin,
                                                  finalGuaranteeAmount: guarantee))
}
