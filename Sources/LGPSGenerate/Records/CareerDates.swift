import LGPSRules

/// Draws the dates of a person's main record from their kind, date of birth and the as-at date, so that service
/// is consistent: no membership before 16, deferred members have at least two years, pensioners retired at 55 or
/// over, survivors' pensions start after the member's death, and everything ends by the as-at date.
enum CareerDates {
    /// The main record's shape for a person of `kind` born on `birth` (day numbers throughout).
    static func main(kind: PersonKind, birth: Int, asAt: Int, rng: inout SplitMix64) -> RecordShape {
        let earliest = max(Day.adding(years: 16, to: birth), Day.april1972)
        switch kind {
        case .active:
            let start = min(max(asAt - serviceLength(rng: &rng), earliest + rng.below(Day.years(3))), asAt)
            return .membership(PostDates(start: start))
        case .deferred:
            return .membership(deferred(earliest: earliest, asAt: asAt, rng: &rng))
        case .pensioner:
            return .membership(pensioner(birth: birth, earliest: earliest, asAt: asAt, rng: &rng))
        case .undecidedLeaver:
            let left = asAt - rng.int(7...270)
            let start = max(left - rng.int(60...700), min(earliest, left))
            return .membership(PostDates(start: start, leftOn: left, statusAfterLeaving: .undecidedLeaver))
        case .deferredRefund:
            let left = rng.day(max(CalendarDate(2014, 6, 1).dayNumber, earliest + 400), asAt - 365)
            let start = max(left - rng.int(90...700), min(earliest, left))
            return .membership(PostDates(start: start, leftOn: left, statusAfterLeaving: .deferredRefund))
        case .councillor:
            let from = max(CalendarDate(2014, 5, 1).dayNumber, Day.adding(years: 18, to: birth))
            return .membership(PostDates(start: rng.day(from, asAt - 180), activeStatus: .councillor))
        case .survivor:
            let death = rng.day(max(Day.adding(years: 25, to: birth), CalendarDate(1990, 1, 1).dayNumber), asAt - 14)
            let title = rng.chance(perMille: 60) ? "Civil partner's pension" : rng.chance(perMille: 120)
                ? "Cohabiting partner's pension" : "Spouse's pension"
            return .entitlement(status: .dependant, from: death + 1, title: title)
        case .child:
            let death = rng.day(birth, asAt - 14)
            return .entitlement(status: .dependant, from: death + 1, title: "Child's pension")
        case .pensionCredit:
            let from = rng.day(max(Day.adding(years: 25, to: birth), Day.december2000), asAt - 30)
            return .entitlement(status: .pensionCredit, from: from, title: "Pension credit member")
        }
    }

    /// A length of service in days: many short, some whole careers.
    static func serviceLength(rng: inout SplitMix64) -> Int {
        let roll = rng.below(100)
        switch roll {
        case ..<30: return rng.int(90...Day.years(5))
        case ..<55: return rng.int(Day.years(5)...Day.years(12))
        case ..<80: return rng.int(Day.years(12)...Day.years(22))
        default: return rng.int(Day.years(22)...Day.years(42))
        }
    }

    static func deferred(earliest: Int, asAt: Int, rng: inout SplitMix64) -> PostDates {
        let roll = rng.below(100)
        let sinceLeaving = roll < 35 ? rng.int(30...Day.years(3))
            : roll < 70 ? rng.int(Day.years(3)...Day.years(10)) : rng.int(Day.years(10)...Day.years(30))
        var left = asAt - sinceLeaving
        let start = max(left - max(serviceLength(rng: &rng), Day.years(2) + 1), earliest + rng.below(365))
        if left - start < Day.years(2) + 1 { left = start + Day.years(2) + 1 + rng.below(365) }
        return PostDates(start: start, leftOn: min(left, asAt - 30))
    }

    static func pensioner(birth: Int, earliest: Int, asAt: Int, rng: inout SplitMix64) -> PostDates {
        let age = CalendarDate(dayNumber: birth).completedYears(on: CalendarDate(dayNumber: asAt))
        let roll = rng.below(100)
        let wanted = roll < 15 ? rng.int(55...59) : roll < 50 ? rng.int(60...64) : roll < 90 ? rng.int(65...67)
            : rng.int(68...75)
        let retirementAge = min(wanted, age)
        let retired = min(Day.adding(years: retirementAge, to: birth) + rng.below(365), asAt)
        var left = retired - 1
        if rng.chance(perMille: 250) {
            let deferredFrom = retired - rng.int(365...Day.years(20))
            if deferredFrom - earliest > Day.years(3) { left = deferredFrom }
        }
        let longest = left - earliest
        let length = min(max(serviceLength(rng: &rng), Day.years(2) + 1), longest)
        return PostDates(start: left - length, leftOn: left, retiredOn: retired)
    }
}
