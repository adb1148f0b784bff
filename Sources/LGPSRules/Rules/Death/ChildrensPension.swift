/// Children's pensions, shared between the eligible children: with a survivor's pension 1/320 (one child) or
/// 1/160 (two or more); without one 1/240 or 1/120 — of final pay for each year of pre-2014 membership, and of
/// pay for each year of CARE membership (so 49 × the fraction of the CARE pension and transfer credits), plus the
/// same fraction of assumed pensionable pay for each year to NPA on a death in service. Each part is rounded to
/// the nearest penny and the parts are added.
/// - Legislation: SI 2013/2356 regs. 42, 45, 48 (and Sch. 1 "eligible child"); SI 2014/525 Sch. 1
public func childrensPension(_ bases: DeathBenefitBases, eligibleChildren: Int, survivorPensionPayable: Bool,
                             dateOfDeath: CalendarDate, fractions: DatedSeries<SurvivorFractions>)
    throws(ParameterError) -> Calculation<Money> {
    let entry = try fractions.entry(on: dateOfDeath)
    let terms = entry.value
    var working = Working()
    let one = eligibleChildren == 1
    let ofPay: Fraction = survivorPensionPayable ? (one ? terms.oneChildWithSurvivor : terms.childrenWithSurvivor)
                                                 : (one ? terms.oneChildNoSurvivor : terms.childrenNoSurvivor)
    working.record(.init(title: "Children's pension fraction of pay for each year",
                         inputs: [.init("Eligible children", .count(eligibleChildren)),
                                  .init("Survivor's pension payable", .flag(survivorPensionPayable))],
                         result: .fraction(ofPay), parameter: ParameterUse(fractions, entry, shown: .fraction(ofPay)),
                         regulation: survivorPensionPayable ? "SI 2013/2356 reg. 42(4)–(5)" : "SI 2013/2356 reg. 42(9)–(10)"))
    guard eligibleChildren > 0 else {
        working.record(.init(title: "No eligible child", result: .money(.zero), isAddend: true,
                             regulation: "SI 2013/2356 reg. 42"))
        return working.result(.zero)
    }
    // The CARE pension is 1/49 of pay: a fraction of pay for each year is (fraction × 49) of the pension, the
    // ratio of the survivor's CARE fraction (49/160) to its fraction of pay (1/160).
    let ofCarePension = ofPay * (terms.survivorOfCarePension / terms.survivorOfFinalPay)
    var total = Money.zero
    func part(_ title: String, _ inputs: [CalculationStep.Input], _ exact: Fraction, _ shown: Fraction) {
        let amount = Money.rounding(exact, .nearestPennyHalfUp)
        total += amount
        working.record(.init(title: title, inputs: inputs + [.init("Fraction", .fraction(shown))],
                             result: .money(amount), isAddend: true, regulation: "SI 2013/2356 reg. 42",
                             note: "rounded to the nearest penny"))
    }
    part("Final salary part", [.init("Final pay", .money(bases.finalPay)),
                               .init("Membership (years)", .fraction(bases.membership.total))],
         bases.finalPay.exactly(times: bases.membership.total * ofPay), ofPay)
    part("CARE part", [.init("CARE pension", .money(bases.carePension))],
         bases.carePension.exactly(times: ofCarePension), ofCarePension)
    if bases.transfersInCredit != .zero {
        part("Transfers-in part", [.init("Pension credited from transfers in", .money(bases.transfersInCredit))],
             bases.transfersInCredit.exactly(times: ofCarePension), ofCarePension)
    }
    if case .inService(let pay, let years) = bases.circumstance {
        part("Prospective enhancement to normal pension age",
             [.init("Assumed pensionable pay", .money(pay)), .init("Years from death to NPA", .fraction(years))],
             pay.exactly(times: years * ofPay), ofPay)
    }
    return working.result(total)
}
