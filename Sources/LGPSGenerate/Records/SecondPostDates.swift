import LGPSRules

/// Dates of a person's second post and how it is linked to the first: a concurrent post, or an earlier post
/// that was aggregated into the main one (under five years before it) or kept separate.
enum SecondPostDates {
    /// The second post's dates, the link kind and the date of the link. Falls back to a concurrent post when
    /// there is no room for an earlier one.
    static func draw(_ wanted: PersonPlan.SecondPost, main: PostDates, birth: Int, asAt: Int,
                     rng: inout SplitMix64) -> (dates: PostDates, kind: AggregationKind, on: Int) {
        let earliest = max(Day.adding(years: 16, to: birth), Day.april1972)
        let room = main.start - 1 - earliest
        if wanted != .concurrent && room > Day.years(2) + 30 {
            let aggregated = wanted == .aggregated
            let gap = aggregated ? rng.int(1...min(Day.years(5) - 1, room / 3)) : rng.int(30...max(30, min(Day.years(15), room / 2)))
            let left = main.start - gap
            let length = min(rng.int(365...Day.years(12)), left - earliest)
            let retired = aggregated ? nil : main.retiredOn
            let dates = PostDates(start: left - length, leftOn: left, retiredOn: retired)
            let on = min(main.start + rng.int(30...365), asAt)
            return (dates, aggregated ? .aggregatedInto : .keptSeparate, on)
        }
        let mainEnd = main.end(asAt: asAt)
        let start = rng.day(main.start, max(main.start, mainEnd - 30))
        var dates = PostDates(start: start)
        if let mainLeft = main.leftOn {
            dates.leftOn = rng.day(start, mainLeft)
            dates.retiredOn = main.retiredOn
        } else if rng.chance(perMille: 300) && start < asAt - 60 {
            dates.leftOn = rng.day(start + 30, asAt - 30)
        }
        return (dates, .concurrent, start)
    }
}
