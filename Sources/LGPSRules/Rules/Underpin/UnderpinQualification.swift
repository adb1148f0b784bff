/// What decides whether a member qualifies for McCloud underpin protection in a scheme membership.
public struct UnderpinQualificationInput: Sendable, Hashable {
    public var dateOfBirth: CalendarDate
    /// Periods of active LGPS membership in this (aggregated) scheme membership.
    public var activeMembership: [UnderpinPeriod]
    /// Facts on record: earlier public service membership, breaks in membership.
    public var facts: [McCloudFact]
    /// Breaks in public service scheme membership known from other records (in addition to the facts).
    public var otherBreaks: [UnderpinPeriod]
    /// The date the test is made (an open break is measured to it).
    public var assessedOn: CalendarDate

    public init(dateOfBirth: CalendarDate, activeMembership: [UnderpinPeriod], facts: [McCloudFact] = [],
                otherBreaks: [UnderpinPeriod] = [], assessedOn: CalendarDate) {
        self.dateOfBirth = dateOfBirth
        self.activeMembership = activeMembership
        self.facts = facts
        self.otherBreaks = otherBreaks
        self.assessedOn = assessedOn
    }
}

/// Whether the member qualifies, and if not, why not.
public struct UnderpinQualification: Sendable, Hashable {
    /// Whether the membership has underpin protection.
    public var qualifies: Bool
    /// Why not, in words (empty when the member qualifies).
    public var reasonsNotQualifying: [String]
}

/// Underpin qualification: membership of a public service pension scheme before 1 April 2012 (LGPS membership
/// starting before then, or a recorded earlier membership); LGPS active membership in the remedy period (1 April
/// 2014 – 31 March 2022); no disqualifying gap (a continuous break of more than 5 years, counted when it ends on or
/// after 1 April 2012, as the draft said); and under 2008 Scheme NPA (65) for some part of the remedy period.
/// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972; seed 003 paras. 41–43, Annex B reg. 4(1), (3);
///   lgps-rules.md §10
public func underpinQualification(_ input: UnderpinQualificationInput, parameters: SchemeParameters)
    throws(ParameterError) -> Calculation<UnderpinQualification> {
    let termsEntry = try parameters.underpin.entry(on: input.assessedOn)
    let agesEntry = try parameters.pensionAges.entry(on: input.assessedOn)
    let breakEntry = try parameters.membership.entry(on: input.assessedOn)
    let terms = termsEntry.value
    var working = Working()
    var reasons: [String] = []

    let lgpsBefore = input.activeMembership.contains { $0.from < terms.qualifyingMembershipBefore }
    let earlierFact = input.facts.contains { $0.kind == .earlierPublicServiceMembership && $0.from < terms.qualifyingMembershipBefore }
    let earlier = lgpsBefore || earlierFact
    if !earlier { reasons.append("no public service scheme membership before \(terms.qualifyingMembershipBefore.longUK)") }
    working.record(.init(title: "Public service scheme membership before the qualifying date",
                         inputs: [.init("LGPS membership before then", .flag(lgpsBefore)),
                                  .init("Earlier public service membership recorded", .flag(earlierFact))],
                         result: .flag(earlier),
                         parameter: ParameterUse(parameters.underpin, termsEntry, shown: .date(terms.qualifyingMembershipBefore)),
                         regulation: UnderpinLaw.cite("1)(a")))

    let npa2008 = input.dateOfBirth.adding(years: agesEntry.value.normalPensionAge2008)
    let underNPAEnd = min(terms.remedyPeriodEnd, npa2008.adding(days: -1))
    func overlaps(_ period: UnderpinPeriod, _ start: CalendarDate, _ end: CalendarDate) -> Bool {
        start <= end && period.from <= end && (period.to.map { $0 >= start } ?? true)
    }
    let inRemedy = input.activeMembership.contains { overlaps($0, terms.remedyPeriodStart, terms.remedyPeriodEnd) }
    let underNPA = input.activeMembership.contains { overlaps($0, terms.remedyPeriodStart, underNPAEnd) }
    if !inRemedy { reasons.append("no LGPS active membership in the remedy period") }
    if inRemedy && !underNPA { reasons.append("not under 2008 Scheme normal pension age during remedy-period membership") }
    working.record(.init(title: "LGPS active membership in the remedy period",
                         inputs: [.init("Remedy period starts", .date(terms.remedyPeriodStart)),
                                  .init("Remedy period ends", .date(terms.remedyPeriodEnd))],
                         result: .flag(inRemedy),
                         parameter: ParameterUse(parameters.underpin, termsEntry, shown: .date(terms.remedyPeriodEnd)),
                         regulation: UnderpinLaw.cite("1)(b")))
    working.record(.init(title: "Under 2008 Scheme normal pension age for part of the remedy period",
                         inputs: [.init("2008 Scheme normal pension age reached", .date(npa2008))],
                         result: .flag(underNPA),
                         parameter: ParameterUse(parameters.pensionAges, agesEntry, shown: .years(agesEntry.value.normalPensionAge2008)),
                         regulation: UnderpinLaw.inForce + "; lgps-rules.md §10"))

    let limit = breakEntry.value.disqualifyingBreakYears
    let breaks = input.facts.filter { $0.kind == .breakInMembership }.map { UnderpinPeriod(from: $0.from, to: $0.to) }
        + input.otherBreaks
    let disqualifying = breaks.filter { gap in
        let end = gap.to ?? input.assessedOn
        return end >= terms.qualifyingMembershipBefore && end.adding(days: 1) > gap.from.adding(years: limit)
    }
    if !disqualifying.isEmpty {
        reasons.append("a continuous break of more than \(limit) years from \(disqualifying[0].from.longUK)")
    }
    working.record(.init(title: "No disqualifying break in service",
                         inputs: [.init("Breaks on record", .count(breaks.count))],
                         result: .flag(disqualifying.isEmpty),
                         parameter: ParameterUse(parameters.membership, breakEntry, shown: .years(limit)),
                         regulation: UnderpinLaw.cite("3")))
    return working.result(UnderpinQualification(qualifies: reasons.isEmpty, reasonsNotQualifying: reasons))
}
