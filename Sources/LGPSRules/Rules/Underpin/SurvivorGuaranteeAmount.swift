/// A survivor guarantee amount: the exact value and the amount rounded to the nearest penny.
public struct SurvivorGuaranteeAmount: Sendable, Hashable {
    /// The exact amount in pence before rounding.
    public var exactPence: Fraction
    /// The amount rounded to the nearest penny.
    public var amount: Money
}

/// Survivor guarantee amount: 49/160 × the provisional guarantee amount, revalued (adjusted) from the underpin date
/// to the date of death, rounded to the nearest penny once.
/// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972; seed 003 Annex B reg. 4(20)–(21) (rate for
///   reg. 41(4), 44(4), 47(4)); seed 001 Part 2A
public func survivorGuaranteeAmount(provisionalGuaranteeAmount: Money, indexation: Fraction = .one, on date: CalendarDate,
                                    terms: DatedSeries<UnderpinTerms>)
    throws(ParameterError) -> Calculation<SurvivorGuaranteeAmount> {
    let entry = try terms.entry(on: date)
    let fraction = entry.value.survivorGuaranteeFraction
    let guarantee = max(provisionalGuaranteeAmount, .zero)
    let exact = guarantee.exactly(times: indexation * fraction)
    let amount = Money.rounding(exact, .nearestPennyHalfUp)
    var working = Working()
    working.record(.init(title: "Survivor guarantee amount",
                         inputs: [.init("Provisional guarantee amount", .money(guarantee)),
                                  .init("Revaluation since the underpin date", .fraction(indexation)),
                                  .init("Fraction", .fraction(fraction))],
                         result: .money(amount), isAddend: true,
                         parameter: ParameterUse(terms, entry, shown: .fraction(fraction)),
                         regulation: UnderpinLaw.cite("20), (21"), note: "rounded to the nearest penny"))
    return working.result(SurvivorGuaranteeAmount(exactPence: exact, amount: amount))
}
