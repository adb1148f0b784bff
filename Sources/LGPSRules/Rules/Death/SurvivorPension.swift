/// Who the survivor is, which decides the pre-2014 membership counted.
public enum SurvivorKind: Sendable, Hashable, CaseIterable {
    /// A spouse or civil partner of a marriage or partnership made before the member left: all membership counts.
    case spouseOrCivilPartner
    /// An eligible cohabiting partner: membership from 6 April 1988.
    case cohabitingPartner
    /// A widow, or a same-sex survivor, of a marriage or partnership made after leaving: from 6 April 1978.
    case postLeavingMarriageWidowOrSameSex
    /// A widower of a marriage made after leaving: from 6 April 1988.
    case postLeavingMarriageWidower
}

/// A survivor's (spouse's, civil partner's or cohabiting partner's) pension: 1/160 × final pay × counted pre-2014
/// membership, plus 49/160 × the CARE pension and the pension credited from transfers in, plus, on a death in
/// service, 1/160 × assumed pensionable pay × years from death to NPA, plus any survivor guarantee amount.
/// Each part is rounded to the nearest penny and the parts are added.
/// - Legislation: SI 2013/2356 regs. 41(4), 44(4), 47(4); SI 2014/525 Sch. 1 (pre-2014 membership);
///   seed 001 note (i)
public func survivorPension(_ bases: DeathBenefitBases, survivor: SurvivorKind, survivorGuaranteeAmount: Money = .zero,
                            dateOfDeath: CalendarDate, fractions: DatedSeries<SurvivorFractions>)
    throws(ParameterError) -> Calculation<Money> {
    let entry = try fractions.entry(on: dateOfDeath)
    let terms = entry.value
    var working = Working()
    let split = bases.membership
    let counted: Fraction
    let from: CalendarDate?
    switch survivor {
    case .spouseOrCivilPartner: counted = split.total; from = nil
    case .cohabitingPartner: counted = split.from6April1988; from = terms.cohabitingPartnerMembershipFrom
    case .postLeavingMarriageWidower: counted = split.from6April1988; from = terms.postLeavingMarriageWidowerFrom
    case .postLeavingMarriageWidowOrSameSex:
        counted = split.from6April1978To5April1988 + split.from6April1988; from = terms.postLeavingMarriageWidowFrom
    }
    working.record(.init(title: "Pre-2014 membership counted for the survivor",
                         inputs: [.init("All pre-2014 membership (years)", .fraction(split.total))]
                            + (from.map { [.init("Counted from", .date($0))] } ?? []),
                         result: .fraction(counted),
                         parameter: from.map { ParameterUse(fractions, entry, shown: .date($0)) },
                         regulation: "SI 2014/525 Sch. 1; SI 2013/2356 Sch. 1 (\"eligible cohabiting partner\")"))
    var total = Money.zero
    func part(_ title: String, _ inputs: [CalculationStep.Input], _ exact: Fraction, _ shown: Fraction,
              _ regulation: String) {
        let amount = Money.rounding(exact, .nearestPennyHalfUp)
        total += amount
        working.record(.init(title: title, inputs: inputs + [.init("Fraction", .fraction(shown))],
                             result: .money(amount), isAddend: true,
                             parameter: ParameterUse(fractions, entry, shown: .fraction(shown)),
                             regulation: regulation, note: "rounded to the nearest penny"))
    }
    part("Final salary part", [.init("Final pay", .money(bases.finalPay)), .init("Membership (years)", .fraction(counted))],
         bases.finalPay.exactly(times: counted * terms.survivorOfFinalPay), terms.survivorOfFinalPay,
         "SI 2014/525 Sch. 1; SI 2013/2356 reg. 41(4)")
    part("CARE part", [.init("CARE pension", .money(bases.carePension))],
         bases.carePension.exactly(times: terms.survivorOfCarePension), terms.survivorOfCarePension,
         "SI 2013/2356 reg. 41(4)")
    if bases.transfersInCredit != .zero {
        part("Transfers-in part", [.init("Pension credited from transfers in", .money(bases.transfersInCredit))],
             bases.transfersInCredit.exactly(times: terms.survivorOfCarePension), terms.survivorOfCarePension,
             "SI 2013/2356 reg. 41(4)")
    }
    if case .inService(let pay, let years) = bases.circumstance {
        part("Prospective enhancement to normal pension age",
             [.init("Assumed pensionable pay", .money(pay)), .init("Years from death to NPA", .fraction(years))],
             pay.exactly(times: years * terms.survivorOfFinalPay), terms.survivorOfFinalPay, "SI 2013/2356 reg. 41(4)(b)")
    }
    if survivorGuaranteeAmount != .zero {
        total += survivorGuaranteeAmount
        working.record(.init(title: "Survivor guarantee amount", result: .money(survivorGuaranteeAmount),
                             isAddend: true, regulation: UnderpinLaw.inForce))
    }
    return working.result(total)
}
