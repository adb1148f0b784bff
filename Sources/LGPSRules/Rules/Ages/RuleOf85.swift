/// The rule of 85 test on a date and the earliest date it is met.
public struct RuleOf85: Hashable, Sendable {
    /// Age in completed years on the test date.
    public var age: Int
    /// Membership in whole years (calendar days / 365, rounded down) on the test date.
    public var membershipYears: Int
    /// Whether age + membership ≥ 85 on the test date.
    public var isMet: Bool
    /// The earliest date (on or after the first day of membership, before the latest retirement age) the rule
    /// is met, counting membership to each date; `nil` when never met by then.
    public var earliestDate: CalendarDate?
}

/// Rule of 85: the member's age in whole years plus membership in whole years is at least 85.
///
/// Membership counts at full calendar length (part-time is not scaled): the calendar days of `periods` to the
/// date (a period with no end continues), divided by `daysPerYear` (365) and rounded down. The earliest date is
/// found by testing each day from the first day of membership to the day before the latest retirement age
/// (a day-by-day search, which also covers a member still accruing membership).
/// - Legislation: SI 2014/525 Sch. 2 paras 1–3 (rule of 85 protection); SI 2007/1166 (2008 Scheme).
public func ruleOf85(dateOfBirth: CalendarDate, periods: [ActivePeriod], on date: CalendarDate, daysPerYear: Int,
                     ages: DatedSeries<PensionAges>) throws(ParameterError) -> Calculation<RuleOf85> {
    let entry = try ages.entry(on: date)
    let total = entry.value.ruleOf85Total
    func test(_ day: CalendarDate) -> (age: Int, years: Int, met: Bool) {
        let age = dateOfBirth.completedYears(on: day)
        let years = periods.reduce(0) { $0 + $1.days(through: day) } / daysPerYear
        return (age, years, age + years >= total)
    }
    let now = test(date)
    var earliest: CalendarDate? = nil
    if let start = periods.map(\.from).min() {
        let last = dateOfBirth.adding(years: entry.value.latestRetirement).adding(days: -1)
        var day = start
        while day <= last, earliest == nil {
            if test(day).met { earliest = day }
            day = day.adding(days: 1)
        }
    }
    var working = Working()
    let parameter = ParameterUse(ages, entry, shown: .count(total))
    working.record(CalculationStep(title: "Rule of 85 on \(date.longUK)",
                                   inputs: [.init("Age in whole years", .years(now.age)),
                                            .init("Membership in whole years", .years(now.years))],
                                   result: .flag(now.met), parameter: parameter, regulation: "SI 2014/525 Sch. 2 para 1",
                                   note: "Membership at full calendar length; years of \(daysPerYear) days, rounded down."))
    working.record(CalculationStep(title: "Earliest date the rule of 85 is met",
                                   result: earliest.map { .date($0) } ?? .text("not met before the latest retirement age"),
                                   parameter: parameter, regulation: "SI 2014/525 Sch. 2 para 1"))
    return working.result(RuleOf85(age: now.age, membershipYears: now.years, isMet: now.met, earliestDate: earliest))
}
