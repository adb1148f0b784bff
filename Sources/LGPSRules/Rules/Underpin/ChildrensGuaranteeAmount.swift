/// The underpin addition to children's pensions: the adjusted provisional guarantee amount (revalued from the
/// underpin date to death) × 49 × the children's fraction of pay — 49/320 or 49/160 with a survivor's pension,
/// 49/240 or 49/120 without — rounded to the nearest penny once.
/// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972; seed 003 Annex B reg. 4(20)–(21) (rates for
///   regs. 42(4), (5), (9), (10), 45 and 48)
public func childrensGuaranteeAmount(provisionalGuaranteeAmount: Money, indexation: Fraction = .one,
                                     eligibleChildren: Int, survivorPensionPayable: Bool, dateOfDeath: CalendarDate,
                                     fractions: DatedSeries<SurvivorFractions>)
    throws(ParameterError) -> Calculation<SurvivorGuaranteeAmount> {
    let entry = try fractions.entry(on: dateOfDeath)
    let terms = entry.value
    let one = eligibleChildren == 1
    let ofPay: Fraction = survivorPensionPayable ? (one ? terms.oneChildWithSurvivor : terms.childrenWithSurvivor)
                                                 : (one ? terms.oneChildNoSurvivor : terms.childrenNoSurvivor)
    // 49/320 etc.: the fraction of pay times the ratio of the survivor's CARE fraction to its fraction of pay (49).
    let rate = eligibleChildren > 0 ? ofPay * (terms.survivorOfCarePension / terms.survivorOfFinalPay) : .zero
    let exact = max(provisionalGuaranteeAmount, .zero).exactly(times: indexation * rate)
    let amount = Money.rounding(exact, .nearestPennyHalfUp)
    var working = Working()
    working.record(.init(title: "Children's guarantee amount",
                         inputs: [.init("Provisional guarantee amount", .money(provisionalGuaranteeAmount)),
                                  .init("Revaluation since the underpin date", .fraction(indexation)),
                                  .init("Eligible children", .count(eligibleChildren)),
                                  .init("Rate", .fraction(rate))],
                         result: .money(amount), isAddend: true,
                         parameter: ParameterUse(fractions, entry, shown: .fraction(ofPay)),
                         regulation: UnderpinLaw.cite("21"), note: "rounded to the nearest penny"))
    return working.result(SurvivorGuaranteeAmount(exactPence: exact, amount: amount))
}
