/// Final pay: the best of the whole-time-equivalent pensionable pay for the final 365 days of membership and for
/// either of the two years before it.
///
/// `payByYearBeforeLeaving[0]` is the pay for the final 365 days, `[1]` the year before, `[2]` the year before
/// that (already whole-time equivalent for part-time members). Only the first `finalPayYearsCompared` (3) are
/// compared; an empty list gives zero.
/// - Legislation: SI 2007/1166 reg. 8 (final pay); SI 1997/1612 reg. 20 (the same rule for the 1997 Scheme).
public func finalPay(payByYearBeforeLeaving: [Money], terms: FinalSalaryTerms) -> Calculation<Money> {
    var working = Working()
    let compared = Array(payByYearBeforeLeaving.prefix(terms.finalPayYearsCompared))
    for (index, pay) in compared.enumerated() {
        working.record(CalculationStep(title: index == 0 ? "Pay for the final 365 days" : "Pay for the year \(index) before",
                                       result: .money(pay), regulation: "SI 2007/1166 reg. 8(1)"))
    }
    let best = compared.max() ?? .zero
    working.record(CalculationStep(title: "Final pay: the best of these years",
                                   inputs: [.init("Years compared", .count(compared.count))], result: .money(best),
                                   regulation: "SI 2007/1166 reg. 8(1)–(3)"))
    return working.result(best)
}
