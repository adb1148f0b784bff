/// Pension given up for a lump sum, the lump sums and the pension left.
public struct Commutation: Hashable, Sendable {
    /// Annual pension given up.
    public var commutedPension: Money
    /// Lump sum paid for the pension given up (12 × commuted pension, rounded down to the penny).
    public var commutationLumpSum: Money
    /// Automatic lump sum plus commutation lump sum.
    public var totalLumpSum: Money
    /// Annual pension after commutation (never negative).
    public var residualPension: Money
}

/// Why a commutation request cannot be met.
public enum CommutationError: Error, Equatable, Sendable {
    /// More pension was asked to be given up than the 25% limit allows.
    case exceedsMaximum(requested: Money, maximum: Money)
    /// A negative amount was asked for.
    case negative(Money)
    /// The parameters do not cover the date.
    case parameter(ParameterError)
}

/// The most pension that may be given up for a lump sum. With pension P, automatic lump sum L, commutation rate
/// r (12), capital value factor F (20) and cap share c (1/4), the commuted pension x solves
/// L + r·x = c·(F·(P − x) + L + r·x) exactly: x = (c·F·P − (1 − c)·L) / (r + c·F − c·r), which is
/// (5P − 0.75L)/14 with the current figures (lgps-rules.md §6), and never below zero. Rounding: x down to the
/// penny, then the lump sum r·x down to the penny, so the cap is never exceeded.
/// - Legislation: SI 2013/2356 reg. 33(1)–(2); Finance Act 2004 Sch. 29 para 3.
public func maximumCommutation(pension: Money, automaticLumpSum: Money, on date: CalendarDate,
                               terms: DatedSeries<CommutationTerms>) throws(ParameterError) -> Calculation<Commutation> {
    let entry = try terms.entry(on: date)
    let t = entry.value
    let c = t.maximumShareOfCapitalValue, f = t.capitalValueFactor, r = t.lumpSumPerPoundOfPension
    let exact = (c * f * pension.exact - (.one - c) * automaticLumpSum.exact) / (r + c * f - c * r)
    let bounded = min(max(exact, .zero), pension.exact)
    var working = Working()
    working.record(CalculationStep(title: "Most pension that may be given up",
                                   inputs: [.init("Pension", .money(pension)), .init("Automatic lump sum", .money(automaticLumpSum)),
                                            .init("Exact solution (pence)", .fraction(exact))],
                                   result: .money(Money.rounding(bounded, .downToPenny)),
                                   parameter: ParameterUse(terms, entry, shown: .text("\(r):1, \(c) of \(f) × pension + lump sum")),
                                   regulation: "SI 2013/2356 reg. 33(2); Finance Act 2004 Sch. 29 para 3",
                                   note: "Solves L + r·x = c·(F·(P − x) + L + r·x); rounded down to the penny."))
    let value = commutation(pension: pension, automaticLumpSum: automaticLumpSum,
                            commuted: Money.rounding(bounded, .downToPenny), terms: t, working: &working)
    return working.result(value)
}

/// The lump sums and residual pension when `commutedPension` a year is given up; an error when that is more
/// than the maximum (`maximumCommutation`) or negative.
/// - Legislation: SI 2013/2356 reg. 33(1)–(2); Finance Act 2004 Sch. 29 para 3.
public func commute(pension: Money, automaticLumpSum: Money, commutedPension: Money, on date: CalendarDate,
                    terms: DatedSeries<CommutationTerms>) throws(CommutationError) -> Calculation<Commutation> {
    guard commutedPension >= .zero else { throw .negative(commutedPension) }
    let maximum: Calculation<Commutation>
    let current: CommutationTerms
    do {
        maximum = try maximumCommutation(pension: pension, automaticLumpSum: automaticLumpSum, on: date, terms: terms)
        current = try terms.value(on: date)
    } catch { throw .parameter(error) }
    guard commutedPension <= maximum.value.commutedPension else {
        throw .exceedsMaximum(requested: commutedPension, maximum: maximum.value.commutedPension)
    }
    var working = Working()
    _ = working.includeAsWorking(maximum.map(\.commutedPension))
    let value = commutation(pension: pension, automaticLumpSum: automaticLumpSum, commuted: commutedPension,
                            terms: current, working: &working)
    return working.result(value)
}

/// Records the lump sum and residual pension steps for `commuted` (the automatic and commutation lump sums are
/// the addends of the total lump sum).
func commutation(pension: Money, automaticLumpSum: Money, commuted: Money, terms: CommutationTerms,
                 working: inout Working) -> Commutation {
    let lump = Money.rounding(commuted.exactly(times: terms.lumpSumPerPoundOfPension), .downToPenny)
    working.record(CalculationStep(title: "Automatic lump sum", result: .money(automaticLumpSum), isAddend: true,
                                   regulation: "SI 1997/1612 reg. 17(2)"))
    working.record(CalculationStep(title: "Lump sum for pension given up",
                                   inputs: [.init("Pension given up", .money(commuted)),
                                            .init("Rate", .fraction(terms.lumpSumPerPoundOfPension))],
                                   result: .money(lump), isAddend: true, regulation: "SI 2013/2356 reg. 33(1)",
                                   note: "Rounded down to the penny so the 25% limit is never exceeded."))
    let residual = pension - commuted
    working.record(CalculationStep(title: "Pension after commutation", inputs: [.init("Pension", .money(pension))],
                                   result: .money(residual), regulation: "SI 2013/2356 reg. 33(1)"))
    return Commutation(commutedPension: commuted, commutationLumpSum: lump, totalLumpSum: automaticLumpSum + lump,
                       residualPension: residual)
}

/// The largest total lump sum (automatic plus commutation), whose addend steps sum to it.
/// - Legislation: SI 2013/2356 reg. 33; Finance Act 2004 Sch. 29 para 3.
public func maximumLumpSum(pension: Money, automaticLumpSum: Money, on date: CalendarDate,
                           terms: DatedSeries<CommutationTerms>) throws(ParameterError) -> Calculation<Money> {
    try maximumCommutation(pension: pension, automaticLumpSum: automaticLumpSum, on: date, terms: terms).map(\.totalLumpSum)
}
