/// Whether membership before 1 April 2014 stays linked to final pay at the end of later membership.
///
/// The link holds when the earlier membership is aggregated with the later membership and there is no
/// disqualifying break (a continuous gap of more than 5 years) between active periods. A member who kept the
/// records separate keeps final pay at the earlier leaving date instead.
/// - Legislation: SI 2014/525 Sch. 1 and reg. 3–4 (final salary link); SI 2013/2356 reg. 22 (aggregation).
public func finalSalaryLink(earlier: ActivePeriod, later: ActivePeriod, aggregated: Bool,
                            terms: DatedSeries<MembershipTerms>) throws(ParameterError) -> Calculation<Bool> {
    var working = Working()
    let test = working.include(try disqualifyingBreak(periods: [earlier, later], terms: terms))
    working.record(CalculationStep(title: "Earlier membership aggregated with the later membership",
                                   result: .flag(aggregated), regulation: "SI 2013/2356 reg. 22"))
    let linked = aggregated && !test.isDisqualifying
    working.record(CalculationStep(title: "Final salary link kept",
                                   inputs: [.init("Aggregated", .flag(aggregated)),
                                            .init("Disqualifying break", .flag(test.isDisqualifying))],
                                   result: .flag(linked), regulation: "SI 2014/525 Sch. 1"))
    return working.result(linked)
}
