/// Final-salary membership in each tranche, in exact (possibly fractional, for part-time) days.
///
/// Convention: a year of membership is `daysPerYear` (365) days, as the LGA's years-and-days convention; years are
/// `days / 365` exactly, with no rounding.
public struct TrancheMembership: Hashable, Sendable {
    /// Membership to 31 March 2008 counted at 1/80 (with added years), in days.
    public var eightiethsDays: Fraction
    /// Membership 1 April 2008 to 31 March 2014 counted at 1/60, in days.
    public var sixtiethsDays: Fraction
    /// Days in a year of membership (365).
    public var daysPerYear: Int

    /// Creates membership from exact days.
    public init(eightiethsDays: Fraction, sixtiethsDays: Fraction, daysPerYear: Int) {
        self.eightiethsDays = eightiethsDays
        self.sixtiethsDays = sixtiethsDays
        self.daysPerYear = daysPerYear
    }

    /// Membership in the 80ths tranche as an exact number of years.
    public var eightiethsYears: Fraction { eightiethsDays / Fraction(Int64(daysPerYear)) }
    /// Membership in the 60ths tranche as an exact number of years.
    public var sixtiethsYears: Fraction { sixtiethsDays / Fraction(Int64(daysPerYear)) }

    /// Whole years and remaining days (the days rounded down to a whole day), as statements show membership.
    public static func yearsAndDays(_ days: Fraction, daysPerYear: Int) -> (years: Int, days: Int) {
        let whole = Int(days.floor)
        return (whole / daysPerYear, whole % daysPerYear)
    }
}
