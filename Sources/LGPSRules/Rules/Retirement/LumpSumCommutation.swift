/// The pension given up when a member asks for a lump sum of `lumpSum` by commutation (on top of any automatic
/// lump sum): the lump sum ÷ 12 (£12 for each £1 a year of pension given up), rounded up to the penny so the
/// pension given up always pays for at least the lump sum asked for. The lump sum paid is then 12 × that
/// pension (`commute`), which is the lump sum asked for or up to 11p more. The lump sum asked for must be no
/// more than the most available (`maximumCommutation`, which counts the automatic lump sum inside the 25% of
/// the capital value); more, or a negative amount, is an error.
///
/// SI 2013/2356 reg. 33(1): "a member may elect to commute ... and the amount of the lump sum ... is £12 for
/// each £1 of annual pension given up"; reg. 33(2): the total lump sum may not exceed 25% of the capital value
/// (Finance Act 2004 Sch. 29 para 3: 20 × pension + lump sum). Figures from `CommutationTerms`.
/// - Legislation: SI 2013/2356 reg. 33(1)–(2); Finance Act 2004 Sch. 29 para 3.
public func commutationForLumpSum(_ lumpSum: Money, pension: Money, automaticLumpSum: Money, on date: CalendarDate,
                                  terms: DatedSeries<CommutationTerms>) throws(CommutationError)
    -> Calculation<Commutation> {
    guard lumpSum >= .zero else { throw .negative(lumpSum) }
    let rate: Fraction
    do { rate = try terms.value(on: date).lumpSumPerPoundOfPension } catch { throw .parameter(error) }
    let givenUp = Money.rounding(lumpSum.exact / rate, .upToPenny)
    var working = Working()
    working.record(CalculationStep(title: "Pension given up for the lump sum asked for",
                                   inputs: [.init("Lump sum asked for", .money(lumpSum)), .init("Rate", .fraction(rate))],
                                   result: .money(givenUp), regulation: "SI 2013/2356 reg. 33(1)",
                                   note: "The lump sum divided by the rate, rounded up to the penny."))
    let value = working.include(try commute(pension: pension, automaticLumpSum: automaticLumpSum,
                                            commutedPension: givenUp, on: date, terms: terms))
    return working.result(value)
}
