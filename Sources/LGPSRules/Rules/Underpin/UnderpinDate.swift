/// What decides a member's underpin date in a relevant scheme membership.
public struct UnderpinDateInput: Sendable, Hashable {
    public var dateOfBirth: CalendarDate
    /// The date the member ceased active membership with a deferred or immediate entitlement (nil while active).
    public var leftActiveMembership: CalendarDate?
    /// The date of flexible retirement, if any.
    public var flexibleRetirement: CalendarDate?
    public var dateOfDeath: CalendarDate?
    /// The date the calculation is made (the parameters in force then are used).
    public var assessedOn: CalendarDate

    public init(dateOfBirth: CalendarDate, leftActiveMembership: CalendarDate? = nil,
                flexibleRetirement: CalendarDate? = nil, dateOfDeath: CalendarDate? = nil, assessedOn: CalendarDate) {
        self.dateOfBirth = dateOfBirth
        self.assessedOn = assessedOn
        self.leftActiveMembership = leftActiveMembership
        self.flexibleRetirement = flexibleRetirement
        self.dateOfDeath = dateOfDeath
    }
}

/// The event that fixed the underpin date.
public enum UnderpinDateEvent: String, Sendable, Hashable, CaseIterable {
    case leftActiveMembership = "left active membership"
    case reached2008NormalPensionAge = "reached 2008 Scheme normal pension age"
    case flexibleRetirement = "flexible retirement"
    case death = "death"
}

/// The underpin date and the end of the underpin period it implies.
public struct UnderpinDates: Sendable, Hashable {
    /// The earliest of leaving, reaching 2008 Scheme NPA, flexible retirement and death.
    public var underpinDate: CalendarDate
    public var event: UnderpinDateEvent
    /// The last day of membership counted in the comparison: the earlier of the underpin date and the end of the
    /// remedy period (31 March 2022). Final pay is still taken at the underpin date, even after March 2022.
    public var underpinPeriodEnd: CalendarDate
    public var normalPensionAge2008Date: CalendarDate
}

/// The underpin date: the earliest of the date the member leaves active membership (with a deferred or immediate
/// entitlement), reaches 2008 Scheme NPA, flexibly retires, or dies. The law does not make 31 March 2022 an
/// underpin date: it ends the underpin (remedy) period, so membership after it is not compared, but the
/// comparison is made at the underpin date on final pay then (seed 003 paras. 29–31, 64; lgps-rules.md §10).
/// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972; seed 003 Annex B reg. 4(2), (2A); Annex C
public func underpinDate(_ input: UnderpinDateInput, parameters: SchemeParameters) throws(ParameterError)
    -> Calculation<UnderpinDates> {
    let agesEntry = try parameters.pensionAges.entry(on: input.assessedOn)
    let npa2008 = input.dateOfBirth.adding(years: agesEntry.value.normalPensionAge2008)
    var candidates: [(CalendarDate, UnderpinDateEvent)] = [(npa2008, .reached2008NormalPensionAge)]
    if let date = input.leftActiveMembership { candidates.append((date, .leftActiveMembership)) }
    if let date = input.flexibleRetirement { candidates.append((date, .flexibleRetirement)) }
    if let date = input.dateOfDeath { candidates.append((date, .death)) }
    let earliest = candidates.dropFirst().reduce(candidates[0]) { $1.0 < $0.0 ? $1 : $0 }
    let termsEntry = try parameters.underpin.entry(on: input.assessedOn)
    let periodEnd = min(earliest.0, termsEntry.value.remedyPeriodEnd)
    var working = Working()
    working.record(.init(title: "2008 Scheme normal pension age", inputs: [.init("Date of birth", .date(input.dateOfBirth))],
                         result: .date(npa2008),
                         parameter: ParameterUse(parameters.pensionAges, agesEntry, shown: .years(agesEntry.value.normalPensionAge2008)),
                         regulation: "SI 2014/525 Sch. 2"))
    working.record(.init(title: "Underpin date", inputs: candidates.map { .init($0.1.rawValue, .date($0.0)) },
                         result: .date(earliest.0), regulation: UnderpinLaw.cite("2), (2A"),
                         note: "the earliest of the events: \(earliest.1.rawValue)"))
    working.record(.init(title: "End of the underpin period",
                         inputs: [.init("Underpin date", .date(earliest.0)),
                                  .init("Remedy period ends", .date(termsEntry.value.remedyPeriodEnd))],
                         result: .date(periodEnd),
                         parameter: ParameterUse(parameters.underpin, termsEntry, shown: .date(termsEntry.value.remedyPeriodEnd)),
                         regulation: UnderpinLaw.cite("5)(a")))
    return working.result(UnderpinDates(underpinDate: earliest.0, event: earliest.1, underpinPeriodEnd: periodEnd,
                                        normalPensionAge2008Date: npa2008))
}
