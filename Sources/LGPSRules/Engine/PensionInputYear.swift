/// One tax year of a record's annual allowance history: the defined benefit rights at the start and end of the
/// pension input period, the pension input amount, and how it compares with the standard annual allowance.
public struct PensionInputYear: Sendable, Hashable, Codable {
    public var taxYear: TaxYear
    /// Annual pension built up at the start of the period (5 April before the tax year).
    public var openingPension: Money
    /// Pre-2008 automatic lump sum built up at the start of the period.
    public var openingLumpSum: Money
    public var closingPension: Money
    public var closingLumpSum: Money
    /// CPI to the September before the tax year, applied to the opening value.
    public var cpi: Rate
    public var pensionInputAmount: Money
    /// The standard annual allowance for the tax year (before any taper, which depends on income the fund does
    /// not hold).
    public var standardAllowance: Money

    public init(taxYear: TaxYear, openingPension: Money, openingLumpSum: Money, closingPension: Money,
                closingLumpSum: Money, cpi: Rate, pensionInputAmount: Money, standardAllowance: Money) {
        self.taxYear = taxYear
        self.openingPension = openingPension
        self.openingLumpSum = openingLumpSum
        self.closingPension = closingPension
        self.closingLumpSum = closingLumpSum
        self.cpi = cpi
        self.pensionInputAmount = pensionInputAmount
        self.standardAllowance = standardAllowance
    }

    /// Whether the pension input amount is more than the standard allowance: the fund must then send a pension
    /// savings statement by 6 October after the tax year (Finance Act 2004 s. 251; SI 2006/567 reg. 14A).
    public var exceedsStandardAllowance: Bool { pensionInputAmount > standardAllowance }
}
