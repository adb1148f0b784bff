/// The provisional guarantee amount: the amount by which the provisional underpin amount exceeds the provisional
/// assumed benefits, otherwise nil. The steps marked as addends (underpin, less assumed, and the nil floor when
/// needed) sum to it.
/// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972; seed 003 Annex B reg. 4(4)
public func provisionalGuaranteeAmount(provisionalUnderpinAmount: Money, provisionalAssumedBenefits: Money)
    -> Calculation<Money> {
    underpinGuaranteeDifference(title: "Provisional guarantee amount", underpin: provisionalUnderpinAmount,
                    underpinLabel: "Provisional underpin amount", assumed: provisionalAssumedBenefits,
                    assumedLabel: "Less provisional assumed benefits", regulation: UnderpinLaw.cite("4"))
}

/// `max(0, underpin − assumed)` with its working.
func underpinGuaranteeDifference(title: String, underpin: Money, underpinLabel: String, assumed: Money, assumedLabel: String,
                     regulation: String) -> Calculation<Money> {
    var working = Working()
    working.record(.init(title: underpinLabel, result: .money(underpin), isAddend: true, regulation: regulation))
    working.record(.init(title: assumedLabel, result: .money(-assumed), isAddend: true, regulation: regulation))
    let difference = underpin - assumed
    if difference < .zero {
        working.record(.init(title: "\(title) not less than nil", result: .money(-difference), isAddend: true,
                             regulation: regulation, note: "the underpin amount does not exceed the assumed benefits"))
    }
    return working.result(max(difference, .zero))
}
