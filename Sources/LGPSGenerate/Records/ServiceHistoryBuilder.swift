import LGPSRules

/// Final-salary service periods (to 31 March 2014) from a post's work segments: each in one tranche (80ths to
/// 31 March 2008, 60ths from 1 April 2008), with contractual and whole-time hours and weeks; adjacent segments
/// with the same terms are merged.
/// - Legislation: SI 1997/1612 reg. 17 (80ths); SI 2007/1166 reg. 4 (60ths); both end on 31 March 2014.
enum ServiceHistoryBuilder {
    static func periods(from segments: [WorkSegment]) -> [ServicePeriod] {
        var result: [ServicePeriod] = []
        var current: WorkSegment?
        var currentTranche = Tranche.pre2008Eightieths
        for segment in segments where segment.from < Day.april2014 {
            var piece = segment
            piece.to = min(piece.to, Day.april2014 - 1)
            let tranche: Tranche = piece.from < Day.april2008 ? .pre2008Eightieths : .from2008Sixtieths
            if var open = current, open.to + 1 == piece.from, open.hours == piece.hours, open.weeks == piece.weeks,
               tranche == currentTranche {
                open.to = piece.to
                current = open
                continue
            }
            if let open = current { result.append(period(open, currentTranche)) }
            current = piece
            currentTranche = tranche
        }
        if let open = current { result.append(period(open, currentTranche)) }
        return result
    }

    static let wholeTimeHours = Hundredths(WorkPattern.wholeTimeHours)
    static let wholeTimeWeeks = Hundredths(WorkPattern.wholeTimeWeeks)

    static func period(_ segment: WorkSegment, _ tranche: Tranche) -> ServicePeriod {
        ServicePeriod(from: CalendarDate(dayNumber: segment.from), to: CalendarDate(dayNumber: segment.to),
                      contractualHours: Hundredths(segment.hours), wholeTimeHours: wholeTimeHours,
                      contractualWeeks: segment.weeks.map(Hundredths.init), wholeTimeWeeks: segment.weeks == nil ? nil : wholeTimeWeeks,
                      tranche: tranche)
    }
}
