import LGPSRules

/// Whole-time final pay for the last years of a post that has final-salary membership (joined before April 2014):
/// the whole-time salary of the Scheme year containing each year's last day, for up to three years ending on the
/// post's last day (or the as-at date), keeping only whole years worked. Generator data, not a rule.
enum FinalPayBuilder {
    /// Years of pay kept: the final year and the two before it (the 2008 Scheme's final pay choices).
    static let years = 3

    static func years(start: Int, end: Int, pay: PayHistory) -> [FinalPayYear] {
        guard start < Day.april2014 else { return [] }
        let last = CalendarDate(dayNumber: end)
        var result: [FinalPayYear] = []
        for back in (0..<years).reversed() {
            let ending = last.adding(years: -back)
            guard ending.adding(years: -1).dayNumber >= start - 1 || back == 0 else { continue }
            let year = Day.schemeYear(containing: ending.dayNumber)
            guard year >= pay.firstYear else { continue }
            result.append(FinalPayYear(yearEnding: ending, wholeTimePay: Money(pence: pay.salary(year: year))))
        }
        return result
    }
}
