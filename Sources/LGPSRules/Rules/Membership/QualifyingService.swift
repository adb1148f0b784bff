/// Qualifying service on a date and whether it vests a pension.
public struct QualifyingService: Hashable, Sendable {
    /// Calendar days of qualifying service (membership periods plus days credited from earlier or transferred
    /// membership).
    public var days: Int
    /// Calendar days needed: the length of the `vestingYears` ending on the test date.
    public var daysNeeded: Int
    /// Whether the member has the qualifying service for a pension (reg. 3(7)).
    public var isVested: Bool
}

/// Qualifying service on `date` and whether it is at least the vesting period (2 years).
///
/// Counted in calendar days: the days of each period to `date`, plus `creditedDays` for earlier LGPS or
/// transferred-in membership that counts. The days needed are the calendar days of the `vestingYears` years that
/// end on `date` (731 when the span includes 29 February), so one continuous period vests exactly on the day
/// before the second anniversary of joining has passed.
/// - Legislation: SI 2013/2356 reg. 3(7) (qualifying service of 2 years, including earlier and transferred
///   membership); SI 2014/525 Sch. 1.
public func qualifyingService(periods: [ActivePeriod], creditedDays: Int, on date: CalendarDate,
                              terms: DatedSeries<MembershipTerms>) throws(ParameterError)
    -> Calculation<QualifyingService> {
    let entry = try terms.entry(on: date)
    let regulation = "SI 2013/2356 reg. 3(7)"
    var working = Working()
    let periodDays = periods.reduce(0) { $0 + $1.days(through: date) }
    working.record(CalculationStep(title: "Calendar days of membership to \(date.longUK)",
                                   inputs: [.init("Periods", .count(periods.count))], result: .days(periodDays),
                                   regulation: regulation))
    let total = periodDays + creditedDays
    working.record(CalculationStep(title: "Qualifying service",
                                   inputs: [.init("Membership", .days(periodDays)),
                                            .init("Earlier or transferred membership", .days(creditedDays))],
                                   result: .days(total), regulation: regulation))
    let dayAfter = date.adding(days: 1)
    let needed = dayAfter.adding(years: -entry.value.vestingYears).days(until: dayAfter)
    let vested = total >= needed
    working.record(CalculationStep(title: "Vested: at least \(entry.value.vestingYears) years' qualifying service",
                                   inputs: [.init("Qualifying service", .days(total)), .init("Days needed", .days(needed))],
                                   result: .flag(vested),
                                   parameter: ParameterUse(terms, entry, shown: .years(entry.value.vestingYears)),
                                   regulation: regulation,
                                   note: "Days needed are the calendar days of the vesting years ending on the test date."))
    return working.result(QualifyingService(days: total, daysNeeded: needed, isVested: vested))
}
