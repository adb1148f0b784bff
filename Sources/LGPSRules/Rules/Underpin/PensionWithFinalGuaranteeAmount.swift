/// The pension payable at crystallisation: the 2014 Scheme pension after any early or late retirement adjustment,
/// plus the final guarantee amount, which is added without any further adjustment for age.
/// - Legislation: SI 2013/2356 reg. 30(12B) (inserted by SI 2023/972 reg. 3(3)); SI 2014/525 regs. 4A–4U;
///   seed 003 para. 74, Annex B reg. 4(9), (12)
public func pensionWithFinalGuaranteeAmount(ageAdjustedPension: Money, finalGuaranteeAmount: Money) -> Calculation<Money> {
    var working = Working()
    working.record(.init(title: "Pension after early or late retirement adjustment", result: .money(ageAdjustedPension),
                         isAddend: true, regulation: "SI 2013/2356 reg. 30(4)–(6)"))
    working.record(.init(title: "Final guarantee amount", result: .money(finalGuaranteeAmount), isAddend: true,
                         regulation: "SI 2013/2356 reg. 30(12B)",
                         note: "not reduced or increased for age: the early/late factors were applied in the comparison"))
    return working.result(ageAdjustedPension + finalGuaranteeAmount)
}
