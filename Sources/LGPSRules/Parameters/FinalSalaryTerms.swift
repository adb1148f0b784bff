/// Dates and conventions of the final-salary schemes that `SchemeParameters` does not hold. Rules take it as an
/// argument; the figures live with the fixture and (later) the YAML parameter files.
/// - Legislation: SI 2007/1166 reg. 4 (60ths from 1 April 2008); SI 2013/2356 reg. 1 and SI 2014/525 reg. 3
///   (final-salary membership ends 31 March 2014); SI 2007/1166 reg. 8 (final pay: the last 365 days or either of
///   the two years before); SI 2009/3150 reg. 10 (3 consecutive years in the last 13).
public struct FinalSalaryTerms: Sendable, Hashable {
    /// First day counted in the 60ths tranche (1 April 2008).
    public var sixtiethsFrom: CalendarDate
    /// Last day of final-salary membership (31 March 2014).
    public var finalSalaryEnd: CalendarDate
    /// Days in a year of membership when days are turned into years (365, the LGA convention).
    public var daysPerYear: Int
    /// Years of pay compared for final pay: the final 365 days and the years before it (3 in all).
    public var finalPayYearsCompared: Int
    /// Consecutive Scheme years averaged under a reg. 10 election (3).
    public var averagedYears: Int
    /// Years before leaving from which the averaged years may be chosen (13).
    public var averagingLookbackYears: Int

    /// Creates the terms.
    public init(sixtiethsFrom: CalendarDate, finalSalaryEnd: CalendarDate, daysPerYear: Int,
                finalPayYearsCompared: Int, averagedYears: Int, averagingLookbackYears: Int) {
        self.sixtiethsFrom = sixtiethsFrom
        self.finalSalaryEnd = finalSalaryEnd
        self.daysPerYear = daysPerYear
        self.finalPayYearsCompared = finalPayYearsCompared
        self.averagedYears = averagedYears
        self.averagingLookbackYears = averagingLookbackYears
    }
}
