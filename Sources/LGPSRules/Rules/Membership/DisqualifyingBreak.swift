/// The longest gap between periods of active membership and whether it is a disqualifying break.
public struct BreakTest: Hashable, Sendable {
    /// Days in the longest gap between one period ending and the next starting (0 when there is none).
    public var longestGapDays: Int
    /// Whether some gap is MORE than `disqualifyingBreakYears` (5) years.
    public var isDisqualifying: Bool
}

/// Tests a member's active periods (in any public service scheme) for a disqualifying break: a continuous gap of
/// MORE than 5 years. A gap runs from the day after one period ends to the day before the next starts; it is more
/// than 5 years when the next period starts after the fifth anniversary of the gap's first day. The terms are
/// those in force when the next period starts.
/// - Legislation: SI 2014/525 Sch. 1 ("disqualifying break in service": more than 5 years) and reg. 3
///   (final salary link).
public func disqualifyingBreak(periods: [ActivePeriod], terms: DatedSeries<MembershipTerms>) throws(ParameterError)
    -> Calculation<BreakTest> {
    let sorted = periods.sorted { $0.from < $1.from }
    var working = Working()
    var longest = 0
    var disqualifying = false
    var reachedEnd: CalendarDate? = nil
    for period in sorted {
        if let end = reachedEnd, period.from > end.adding(days: 1) {
            let gapStart = end.adding(days: 1)
            let entry = try terms.entry(on: period.from)
            let gap = gapStart.days(until: period.from)
            let limit = gapStart.adding(years: entry.value.disqualifyingBreakYears)
            let isMore = period.from > limit
            longest = max(longest, gap)
            disqualifying = disqualifying || isMore
            working.record(CalculationStep(
                title: "Gap from \(gapStart.longUK) to \(period.from.adding(days: -1).longUK)",
                inputs: [.init("Gap", .days(gap)), .init("Next period starts", .date(period.from))],
                result: .flag(isMore),
                parameter: ParameterUse(terms, entry, shown: .years(entry.value.disqualifyingBreakYears)),
                regulation: "SI 2014/525 Sch. 1", note: "More than 5 years: the next period starts after \(limit.longUK)."))
        }
        guard let periodEnd = period.to else { reachedEnd = nil; break }
        reachedEnd = max(reachedEnd ?? periodEnd, periodEnd)
    }
    working.record(CalculationStep(title: "Disqualifying break", inputs: [.init("Longest gap", .days(longest))],
                                   result: .flag(disqualifying), regulation: "SI 2014/525 Sch. 1"))
    return working.result(BreakTest(longestGapDays: longest, isDisqualifying: disqualifying))
}
