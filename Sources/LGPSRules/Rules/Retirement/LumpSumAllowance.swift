/// A lump sum tested against the lump sum allowance.
public struct LumpSumAllowanceTest: Hashable, Sendable {
    /// Allowance left before this lump sum (the allowance less `previouslyUsed`, never below zero).
    public var allowanceAvailable: Money
    /// The part of the lump sum that is within the allowance (tax-free).
    public var taxFree: Money
    /// The part above the allowance: flagged, not calculated further (taxed as income).
    public var excess: Money
    /// Whether there is an excess.
    public var isExceeded: Bool { excess > .zero }
}

/// Limits the tax-free part of a pension commencement lump sum to the lump sum allowance in force on `date`,
/// less allowance already used; the excess is flagged and not calculated further.
/// - Legislation: Finance Act 2004 s. 637P–637S (lump sum allowance, inserted by Finance (No. 2) Act 2024); Sch. 29
///   para 3.
public func lumpSumAllowanceTest(lumpSum: Money, previouslyUsed: Money, on date: CalendarDate,
                                 allowance: DatedSeries<Money>) throws(ParameterError) -> Calculation<LumpSumAllowanceTest> {
    let entry = try allowance.entry(on: date)
    let available = max(entry.value - previouslyUsed, .zero)
    let taxFree = min(lumpSum, available)
    var working = Working()
    working.record(CalculationStep(title: "Lump sum allowance available",
                                   inputs: [.init("Allowance already used", .money(previouslyUsed))], result: .money(available),
                                   parameter: ParameterUse(allowance, entry, shown: .money(entry.value)),
                                   regulation: "Finance Act 2004 s. 637Q"))
    working.record(CalculationStep(title: "Tax-free part of the lump sum", inputs: [.init("Lump sum", .money(lumpSum))],
                                   result: .money(taxFree), regulation: "Finance Act 2004 s. 637Q"))
    let excess = lumpSum - taxFree
    working.record(CalculationStep(title: "Lump sum above the allowance", result: .money(excess),
                                   regulation: "Finance Act 2004 s. 637Q",
                                   note: excess > .zero ? "Excess flagged; its tax is not calculated here." : nil))
    return working.result(LumpSumAllowanceTest(allowanceAvailable: available, taxFree: taxFree, excess: excess))
}
