/// Pensionable pay of a post within part of one Scheme year, split by section: for each work segment, the
/// whole-time salary scaled by contractual over whole-time hours, term-time weeks over 52.14, and days worked
/// over days in the year (rounded to the penny; generated pay, not a rule).
enum YearPay {
    /// Pay in the main and 50/50 sections for days `from...to`, and the annual rate of pay used for the
    /// contribution band (the post's actual, not whole-time, pay).
    static func split(segments: [WorkSegment], spells: [SectionHistoryBuilder.Spell], salary: Int64, from: Int,
                      to: Int, yearLength: Int64) -> (main: Int64, fiftyFifty: Int64, bandPay: Int64) {
        var main: Int64 = 0
        var fifty: Int64 = 0
        var bandPay: Int64 = -1
        for segment in segments where segment.to >= from && segment.from <= to {
            let weeksNumerator = segment.weeks ?? 1
            let weeksDenominator = segment.weeks == nil ? Int64(1) : WorkPattern.wholeTimeWeeks
            let scale = WorkPattern.wholeTimeHours * weeksDenominator
            if bandPay < 0 { bandPay = salary * segment.hours * weeksNumerator / scale }
            let low = max(segment.from, from)
            let high = min(segment.to, to)
            for spell in spells where spell.to >= low && spell.from <= high {
                let days = Int64(min(high, spell.to) - max(low, spell.from) + 1)
                let denominator = scale * yearLength
                let pence = (salary * segment.hours * weeksNumerator * days + denominator / 2) / denominator
                if spell.section == .main { main += pence } else { fifty += pence }
            }
        }
        return (main, fifty, max(bandPay, 0))
    }
}
