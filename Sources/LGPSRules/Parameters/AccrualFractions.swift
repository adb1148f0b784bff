/// Accrual fractions for each tranche of membership.
/// - Legislation: SI 1997/1612 reg. 17 (1/80 pension and 3/80 lump sum to 31 March 2008); SI 2007/1166 reg. 4
///   (1/60 from 1 April 2008); SI 2013/2356 reg. 23(4)–(5) (1/49 main, 1/98 50/50 from 1 April 2014).
public struct AccrualFractions: Sendable, Hashable {
    public var pre2008Pension: Fraction
    public var pre2008LumpSum: Fraction
    public var from2008Pension: Fraction
    public var careMain: Fraction
    public var careFiftyFifty: Fraction

    public init(pre2008Pension: Fraction, pre2008LumpSum: Fraction, from2008Pension: Fraction,
                careMain: Fraction, careFiftyFifty: Fraction) {
        self.pre2008Pension = pre2008Pension
        self.pre2008LumpSum = pre2008LumpSum
        self.from2008Pension = from2008Pension
        self.careMain = careMain
        self.careFiftyFifty = careFiftyFifty
    }
}
