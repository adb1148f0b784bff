import LGPSRules

/// The working pattern of a post: hours changes (part-timers), term-time weeks, and unpaid breaks with their
/// i-Connect reasons, turned into `WorkSegment`s split at 1 April 2008 and 1 April 2014 so each lies in one
/// tranche.
struct WorkPattern: Sendable {
    var segments: [WorkSegment]
    var breaks: [(from: Int, to: Int, reason: BreakReason)]

    /// Whole-time hours (37 a week) and weeks (52.14 a year), in hundredths.
    static let wholeTimeHours: Int64 = 3_700
    static let wholeTimeWeeks: Int64 = 5_214
    static let termTimeWeeks: Int64 = 3_900
    static let partTimeHours: [Int64] = [1_500, 1_850, 2_000, 2_250, 2_500, 2_775, 3_000, 3_250]

    /// Draws a pattern for a post from `start` to `end` (inclusive day numbers).
    static func draw(start: Int, end: Int, termTimeJob: Bool, rng: inout SplitMix64) -> WorkPattern {
        let termTime = termTimeJob && rng.chance(perMille: 800)
        let partTime = rng.chance(perMille: termTime ? 600 : 330)
        var hours: Int64 = partTime ? rng.pick(partTimeHours) : wholeTimeHours
        let weeks: Int64? = termTime ? termTimeWeeks : nil
        var changes: [(day: Int, hours: Int64)] = []
        let length = end - start
        if length > 120 {
            let count = partTime ? [0, 1, 1, 2, 2, 3][rng.below(6)] : (rng.chance(perMille: 80) ? 1 : 0)
            for _ in 0..<count {
                changes.append((rng.day(start + 30, end), rng.chance(perMille: 200) ? wholeTimeHours : rng.pick(partTimeHours)))
            }
            changes.sort { $0.day < $1.day }
        }
        let breaks = drawBreaks(start: start, end: end, rng: &rng)
        var cuts: [Int] = [start]
        for change in changes { cuts.append(change.day) }
        for boundary in [Day.april2008, Day.april2014] where boundary > start && boundary <= end { cuts.append(boundary) }
        for item in breaks {
            cuts.append(item.from)
            if item.to + 1 <= end { cuts.append(item.to + 1) }
        }
        cuts.sort()
        var segments: [WorkSegment] = []
        var changeIndex = 0
        var index = 0
        while index < cuts.count {
            let from = cuts[index]
            var next = index + 1
            while next < cuts.count && cuts[next] == from { next += 1 }
            let to = next < cuts.count ? cuts[next] - 1 : end
            while changeIndex < changes.count && changes[changeIndex].day <= from {
                hours = changes[changeIndex].hours
                changeIndex += 1
            }
            if !breaks.contains(where: { $0.from <= from && to <= $0.to }) {
                segments.append(WorkSegment(from: from, to: to, hours: hours, weeks: weeks))
            }
            index = next
        }
        return WorkPattern(segments: segments, breaks: breaks)
    }

    /// Unpaid breaks for about one post in twelve: maternity and paternity most often, then leave of absence,
    /// parental leave, education, strikes and unauthorised absence.
    static func drawBreaks(start: Int, end: Int, rng: inout SplitMix64) -> [(from: Int, to: Int, reason: BreakReason)] {
        guard end - start > Day.years(2), rng.chance(perMille: 85) else { return [] }
        var result: [(from: Int, to: Int, reason: BreakReason)] = []
        let count = rng.chance(perMille: 250) ? 2 : 1
        for _ in 0..<count {
            let roll = rng.below(100)
            let (reason, length): (BreakReason, Int)
            switch roll {
            case ..<40: (reason, length) = (.maternityPaternity, rng.int(60...270))
            case ..<55: (reason, length) = (.parental, rng.int(5...120))
            case ..<75: (reason, length) = (.leaveOfAbsence, rng.int(30...365))
            case ..<83: (reason, length) = (.education, rng.int(60...365))
            case ..<93: (reason, length) = (.strike, rng.int(1...5))
            default: (reason, length) = (.unauthorised, rng.int(3...60))
            }
            let from = rng.day(start + 60, end - length - 30)
            let to = from + length - 1
            guard from > start, to < end else { continue }
            if result.contains(where: { from <= $0.to + 1 && $0.from <= to + 1 }) { continue }
            result.append((from, to, reason))
        }
        result.sort { $0.from < $1.from }
        return result
    }
}
