import LGPSRules

/// A few debits: pension sharing orders on divorce (about 1.5% of member records) and annual allowance
/// "scheme pays" debits for some higher earners in the CARE years.
/// - Legislation: WRPA 1999 s. 29–31; Finance Act 2004 s. 237B; SI 2013/2356 reg. 96.
enum DebitBuilder {
    static func debits(dates: PostDates, asAt: Int, highEarner: Bool, rng: inout SplitMix64) -> [Debit] {
        var result: [Debit] = []
        let from = max(dates.start + 365, Day.december2000)
        if from < asAt - 30, rng.chance(perMille: 15) {
            let day = rng.day(from, asAt - 30)
            let annual = Int64(rng.int(300...6_000)) * 100
            let year = CalendarDate(dayNumber: day).year
            result.append(Debit(kind: .pensionSharing, effectiveOn: CalendarDate(dayNumber: day),
                                annualAmount: Money(pence: annual), cashAmount: Money(pence: annual * Int64(rng.int(12...25))),
                                lumpSumAmount: lumpSum(annual: annual, start: dates.start, on: day),
                                survivorAnnualAmount: Money(pence: annual / 2),
                                reference: "PSO/" + String(year) + "/" + Digits.padded(rng.below(100_000), width: 5)))
        }
        let end = dates.end(asAt: asAt)
        if highEarner, end >= Day.april2014, rng.chance(perMille: 120) {
            let taxYear = TaxYear(startYear: rng.int(2016...2022))
            let effective = CalendarDate(taxYear.startYear + 2, 7, 31)
            if effective.dayNumber <= asAt, effective.dayNumber >= dates.start {
                let charge = Int64(rng.int(800...25_000)) * 100
                result.append(Debit(kind: .annualAllowanceSchemePays, effectiveOn: effective,
                                    annualAmount: Money(pence: charge / Int64(rng.int(14...22))),
                                    cashAmount: Money(pence: charge), reference: "AA " + taxYear.description))
            }
        }
        return result
    }

    /// How many times the pension debit a made-up lump sum debit is (the automatic lump sum is three times the
    /// 80ths pension), before taking the pre-2008 share.
    static let lumpSumMultiple: Int64 = 3

    /// A made-up lump sum debit: ``lumpSumMultiple`` times the pension debit's share for membership before
    /// 1 April 2008 (the membership that carries an automatic lump sum), none when the post started later. Drawn
    /// from no random numbers, so the rest of a generated fund is as before.
    static func lumpSum(annual: Int64, start: Int, on day: Int) -> Money? {
        guard start < Day.april2008, day > start else { return nil }
        let before2008 = Int64(min(Day.april2008, day) - start)
        return Money(pence: lumpSumMultiple * annual * before2008 / Int64(day - start))
    }
}
