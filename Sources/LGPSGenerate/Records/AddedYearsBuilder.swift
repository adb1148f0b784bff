import LGPSRules

/// Added years contracts for about one in twenty-five members who joined before April 2008 (no new contracts
/// could be made after 31 March 2008).
/// - Legislation: SI 1997/1612 reg. 55.
enum AddedYearsBuilder {
    static func contracts(dates: PostDates, asAt: Int, rng: inout SplitMix64) -> [AddedYearsContract] {
        guard dates.start < Day.april2008 - 30, rng.chance(perMille: 40) else { return [] }
        let started = rng.day(dates.start + 1, Day.april2008 - 1)
        let end = dates.end(asAt: asAt)
        let length = rng.int(Day.years(3)...Day.years(20))
        let endsOn: CalendarDate? = started + length < end ? CalendarDate(dayNumber: started + length)
            : dates.leftOn.map { CalendarDate(dayNumber: $0) }
        return [AddedYearsContract(startedOn: CalendarDate(dayNumber: started), endsOn: endsOn,
                                   daysPurchased: rng.int(365...2_555), rate: Rate(basisPoints: Int64(rng.int(150...700))))]
    }
}
