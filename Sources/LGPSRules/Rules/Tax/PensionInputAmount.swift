/// A member's defined benefit rights at the start and end of a pension input period (a tax year).
public struct PensionInputAmountInput: Sendable, Hashable {
    public var taxYear: TaxYear
    /// Annual pension at the start of the period (the end of the previous one).
    public var openingPension: Money
    /// Separate lump sum rights at the start (the pre-2008 automatic lump sum, at face value).
    public var openingLumpSum: Money
    public var closingPension: Money
    public var closingLumpSum: Money

    public init(taxYear: TaxYear, openingPension: Money, openingLumpSum: Money = .zero, closingPension: Money,
                closingLumpSum: Money = .zero) {
        self.taxYear = taxYear
        self.openingPension = openingPension
        self.openingLumpSum = openingLumpSum
        self.closingPension = closingPension
        self.closingLumpSum = closingLumpSum
    }
}

/// Pension input amount for a defined benefits arrangement: closing value less opening value uplifted by CPI (to
/// the September before the tax year), nil if negative; each value is the valuation factor (16) × the annual
/// pension plus any separate lump sum. Values are rounded to the nearest penny.
/// - Legislation: Finance Act 2004 ss. 234–237; HMRC Pensions Tax Manual PTM053301
public func pensionInputAmount(_ input: PensionInputAmountInput, parameters: SchemeParameters)
    throws(ParameterError) -> Calculation<Money> {
    let start = input.taxYear.start
    let figuresEntry = try parameters.annualAllowance.entry(on: start)
    let cpiEntry = try parameters.annualAllowanceCPI.entry(on: start)
    let factor = figuresEntry.value.valuationFactor
    let cpi = cpiEntry.value
    var working = Working()
    let opening = Money.rounding(input.openingPension.exactly(times: factor) + input.openingLumpSum.exact, .nearestPennyHalfUp)
    working.record(.init(title: "Opening value", inputs: [.init("Annual pension", .money(input.openingPension)),
                                                          .init("Valuation factor", .fraction(factor)),
                                                          .init("Lump sum", .money(input.openingLumpSum))],
                         result: .money(opening),
                         parameter: ParameterUse(parameters.annualAllowance, figuresEntry, shown: .fraction(factor)),
                         regulation: "Finance Act 2004 s. 234; PTM053301"))
    let uplifted = Money.rounding(opening.exactly(times: .one + cpi.fraction), .nearestPennyHalfUp)
    working.record(.init(title: "Less opening value uplifted by CPI", inputs: [.init("Opening value", .money(opening)),
                                                                              .init("CPI", .rate(cpi))],
                         result: .money(-uplifted), isAddend: true,
                         parameter: ParameterUse(parameters.annualAllowanceCPI, cpiEntry, shown: .rate(cpi)),
                         regulation: "Finance Act 2004 s. 234; PTM053301", note: "rounded to the nearest penny"))
    let closing = Money.rounding(input.closingPension.exactly(times: factor) + input.closingLumpSum.exact, .nearestPennyHalfUp)
    working.record(.init(title: "Closing value", inputs: [.init("Annual pension", .money(input.closingPension)),
                                                          .init("Valuation factor", .fraction(factor)),
                                                          .init("Lump sum", .money(input.closingLumpSum))],
                         result: .money(closing), isAddend: true,
                         parameter: ParameterUse(parameters.annualAllowance, figuresEntry, shown: .fraction(factor)),
                         regulation: "Finance Act 2004 s. 234; PTM053301"))
    let difference = closing - uplifted
    if difference < .zero {
        working.record(.init(title: "Pension input amount not less than nil", result: .money(-difference), isAddend: true,
                             regulation: "Finance Act 2004 s. 234; PTM053301"))
    }
    return working.result(max(difference, .zero))
}
