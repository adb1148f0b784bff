/// The aggregation election window and whether an election was made in it.
public struct AggregationElection: Hashable, Sendable {
    /// The last day an election not to aggregate may be made.
    public var deadline: CalendarDate
    /// Whether the election was in time; `nil` when no election was made.
    public var electionInTime: Bool?
}

/// The last day on which a member who rejoins may elect not to aggregate earlier membership, and whether an
/// election made on `electedOn` (if any) is in time.
///
/// The window is `aggregationElectionMonths` (12) calendar months from the day the member became active in
/// the new employment, ending on the same day of the month (clamped to the month's last day).
/// - Legislation: SI 2013/2356 reg. 22(7)–(8) (12 months to elect, or longer if the employer allows).
public func aggregationElectionDeadline(activeFrom: CalendarDate, electedOn: CalendarDate?,
                                        terms: DatedSeries<MembershipTerms>) throws(ParameterError)
    -> Calculation<AggregationElection> {
    let entry = try terms.entry(on: activeFrom)
    let deadline = activeFrom.adding(months: entry.value.aggregationElectionMonths)
    var working = Working()
    working.record(CalculationStep(title: "Last day to elect not to aggregate",
                                   inputs: [.init("Became active", .date(activeFrom))], result: .date(deadline),
                                   parameter: ParameterUse(terms, entry, shown: .count(entry.value.aggregationElectionMonths)),
                                   regulation: "SI 2013/2356 reg. 22(8)",
                                   note: "Months counted as calendar months from the day of becoming active."))
    let inTime = electedOn.map { $0 >= activeFrom && $0 <= deadline }
    if let electedOn, let inTime {
        working.record(CalculationStep(title: "Election made in time", inputs: [.init("Elected on", .date(electedOn))],
                                       result: .flag(inTime), regulation: "SI 2013/2356 reg. 22(8)"))
    }
    return working.result(AggregationElection(deadline: deadline, electionInTime: inTime))
}
