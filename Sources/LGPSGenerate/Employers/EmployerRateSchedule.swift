import LGPSRules

/// Invents an employer's contribution rates by valuation period (a rates and adjustments certificate every three
/// years from 1 April 2008), starting when the employer joined the fund. Generator data only.
/// - Legislation: SI 2013/2356 reg. 62 (actuarial valuations every three years; rates from the following 1 April).
enum EmployerRateSchedule {
    /// First valuation-period start used (1 April 2008) and the cycle length in years.
    static let firstPeriodYear = 2008
    static let cycleYears = 3

    /// Rates from `joined` (or the first period) up to the period in force on `asAt`; the last is open-ended.
    static func rates(joined: CalendarDate, asAt: CalendarDate, rng: inout SplitMix64) -> [EmployerRate] {
        var result: [EmployerRate] = []
        var basisPoints = Int64(rng.int(1_500...2_200))
        var year = firstPeriodYear
        while CalendarDate(year, 4, 1) <= asAt {
            let start = CalendarDate(year, 4, 1)
            let end = CalendarDate(year + cycleYears, 3, 31)
            if end >= joined {
                let from = max(start, joined)
                result.append(EmployerRate(from: from, to: end, rate: Rate(basisPoints: basisPoints)))
            }
            basisPoints = min(max(basisPoints + Int64(rng.int(-200...250)), 1_200), 2_800)
            year += cycleYears
        }
        if !result.isEmpty { result[result.count - 1].to = nil }
        return result
    }
}
