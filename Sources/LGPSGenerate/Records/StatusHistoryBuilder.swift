import LGPSRules

/// Status history of a record: contiguous periods, oldest first, the last open. Active (or councillor) from the
/// pensionable start to the leaving date; then deferred (or undecided leaver, or deferred refund) from the day
/// after leaving; then pensioner from the day the pension began.
enum StatusHistoryBuilder {
    static func periods(for dates: PostDates) -> [StatusPeriod] {
        let start = CalendarDate(dayNumber: dates.start)
        guard let left = dates.leftOn else { return [StatusPeriod(status: dates.activeStatus, from: start, to: nil)] }
        var periods = [StatusPeriod(status: dates.activeStatus, from: start, to: CalendarDate(dayNumber: left))]
        if let retired = dates.retiredOn {
            if retired > left + 1 {
                periods.append(StatusPeriod(status: dates.statusAfterLeaving, from: CalendarDate(dayNumber: left + 1),
                                            to: CalendarDate(dayNumber: retired - 1)))
            }
            periods.append(StatusPeriod(status: .pensioner, from: CalendarDate(dayNumber: retired), to: nil))
        } else {
            periods.append(StatusPeriod(status: dates.statusAfterLeaving, from: CalendarDate(dayNumber: left + 1), to: nil))
        }
        return periods
    }

    /// A single open period for an entitlement (dependant's pension, pension credit).
    static func entitlement(_ status: MemberStatus, from: Int) -> [StatusPeriod] {
        [StatusPeriod(status: status, from: CalendarDate(dayNumber: from), to: nil)]
    }
}
