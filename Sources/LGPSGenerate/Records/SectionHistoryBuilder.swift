import LGPSRules

/// Section history for 2014 Scheme membership: the main section throughout, or for about one member in twenty a
/// spell in the 50/50 section (from the first of a month, for 3 to 30 months) before returning to the main
/// section. Day-number periods, ends inclusive.
/// - Legislation: SI 2013/2356 reg. 10 (election for the 50/50 section; return to the main section).
enum SectionHistoryBuilder {
    struct Spell: Sendable {
        var section: Section
        var from: Int
        var to: Int
    }

    /// Spells covering `max(start, 1 April 2014)...end`, or none when the post ended before 2014.
    static func spells(start: Int, end: Int, rng: inout SplitMix64) -> [Spell] {
        let from = max(start, Day.april2014)
        guard from <= end else { return [] }
        guard end - from > 180, rng.chance(perMille: 55) else { return [Spell(section: .main, from: from, to: end)] }
        let fiftyFrom = Day.firstOfMonth(onOrAfter: rng.day(from + 1, end - 90))
        guard fiftyFrom <= end else { return [Spell(section: .main, from: from, to: end)] }
        let months = rng.int(3...30)
        let fiftyTo = min(CalendarDate(dayNumber: fiftyFrom).adding(months: months).dayNumber - 1, end)
        var spells = [Spell(section: .main, from: from, to: fiftyFrom - 1),
                      Spell(section: .fiftyFifty, from: fiftyFrom, to: fiftyTo)]
        if fiftyTo < end { spells.append(Spell(section: .main, from: fiftyTo + 1, to: end)) }
        return spells
    }

    /// The model's section periods; the last is open (`to` nil) while the member is still active.
    static func periods(_ spells: [Spell], stillActive: Bool) -> [SectionPeriod] {
        spells.enumerated().map { index, spell in
            let open = stillActive && index == spells.count - 1
            return SectionPeriod(section: spell.section, from: CalendarDate(dayNumber: spell.from),
                                 to: open ? nil : CalendarDate(dayNumber: spell.to))
        }
    }
}
