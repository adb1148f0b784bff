import LGPSRules

/// McCloud qualification facts: earlier membership of another public service scheme (some members who joined
/// after 31 March 2012 qualify only through it), and the gap between an aggregated earlier post and this one.
/// - Legislation: SI 2023/1474 inserting reg. 4A–4U into SI 2014/525 (qualifying membership before 1 April 2012;
///   no disqualifying break of more than five years).
enum McCloudBuilder {
    static func facts(dates: PostDates, birth: Int, asAt: Int, aggregatedGap: (from: Int, to: Int)?,
                      rng: inout SplitMix64) -> [McCloudFact] {
        var facts: [McCloudFact] = []
        let end = dates.end(asAt: asAt)
        let adult = Day.adding(years: 18, to: birth)
        let chance = dates.start >= Day.april2012 && dates.start < Day.april2014 ? 250 : 60
        if end >= Day.april2014, dates.start - adult > Day.years(3), rng.chance(perMille: chance) {
            let to = dates.start - rng.int(1...min(Day.years(5) - 1, dates.start - adult - 365))
            let from = max(adult, to - rng.int(365...Day.years(10)))
            facts.append(McCloudFact(kind: .earlierPublicServiceMembership, from: CalendarDate(dayNumber: from),
                                     to: CalendarDate(dayNumber: to), detail: rng.pick(EarlierSchemes.names),
                                     evidence: evidence(asAt: asAt, rng: &rng)))
        }
        if let gap = aggregatedGap, gap.to >= gap.from {
            let days = gap.to - gap.from + 1
            facts.append(McCloudFact(kind: .breakInMembership, from: CalendarDate(dayNumber: gap.from),
                                     to: CalendarDate(dayNumber: gap.to),
                                     detail: "Gap of " + String(days) + " days between posts (under five years; not disqualifying)",
                                     evidence: "Aggregation case: " + evidence(asAt: asAt, rng: &rng)))
        }
        return facts
    }

    static func evidence(asAt: Int, rng: inout SplitMix64) -> String {
        let day = CalendarDate(dayNumber: rng.day(CalendarDate(2023, 10, 1).dayNumber, asAt))
        return rng.pick(EarlierSchemes.evidence) + " " + day.longUK
    }
}
