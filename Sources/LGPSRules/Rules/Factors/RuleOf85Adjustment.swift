/// The rule of 85 as it applies to one retirement: the membership it protects and the factor for the benefits
/// of that membership.
public struct RuleOf85Adjustment: Hashable, Sendable {
    /// Membership up to and including this date is protected.
    public var protectedTo: CalendarDate
    /// No reduction when the rule is met by the retirement date; otherwise the reduction from the date it would
    /// be met.
    public var factor: RetirementFactor

    public init(protectedTo: CalendarDate, factor: RetirementFactor) {
        self.protectedTo = protectedTo
        self.factor = factor
    }
}

/// Rule of 85 on a voluntary retirement before the 2008 Scheme normal pension age. A member in the Scheme on
/// 30 September 2006 (`ruleOf85MemberOn`) retiring at 60 or over, or from 55 with the employer's consent (the
/// 2016 switch-off), has the benefits of protected membership reduced only from the date age and membership
/// reach 85 — not at all when they reach it by the retirement date. `nil`, with a step saying why, when the rule
/// gives nothing: not a member then, under 60 without consent, tapered protection (UNVERIFIED, not implemented),
/// or 85 not reached before the normal pension age. Membership counts the record's own periods only.
/// - Legislation: SI 2014/525 Sch. 2 paras 1–3; SI 2007/1166 (2008 Scheme) Sch. 2; LGPS (Amendment)
///   Regulations 2016 (switch-off); lgps-rules.md §4.
public func ruleOf85Adjustment(dateOfBirth: CalendarDate, sex: Sex, periods: [ActivePeriod],
                               retirementDate: CalendarDate, normalPensionDate: CalendarDate, employerConsent: Bool,
                               transitional: TransitionalAgeTerms, daysPerYear: Int,
                               parameters: SchemeParameters) throws(ParameterError) -> Calculation<RuleOf85Adjustment?> {
    var working = Working()
    guard retirementDate < normalPensionDate else { return working.result(nil) }
    func none(_ reason: String) -> Calculation<RuleOf85Adjustment?> {
        working.record(CalculationStep(title: "Rule of 85 does not apply", result: .text(reason),
                                       regulation: "SI 2014/525 Sch. 2 paras 1–3"))
        return working.result(nil)
    }
    let memberOn = transitional.ruleOf85MemberOn
    guard periods.contains(where: { $0.from <= memberOn && ($0.to.map { $0 >= memberOn } ?? true) }) else {
        return none("not in the Scheme on \(memberOn.longUK)")
    }
    let automaticFrom = dateOfBirth.adding(years: transitional.ruleOf85AutomaticFromAge)
    guard retirementDate >= automaticFrom || employerConsent else {
        return none("retiring before \(transitional.ruleOf85AutomaticFromAge) without the employer's consent")
    }
    let protection = working.include(ruleOf85Protection(dateOfBirth: dateOfBirth, terms: transitional))
    guard case .membershipTo(let protectedTo) = protection else {
        return none("tapered protection, whose formula is UNVERIFIED and not implemented")
    }
    let test = working.include(try ruleOf85(dateOfBirth: dateOfBirth, periods: periods, on: retirementDate,
                                            daysPerYear: daysPerYear, ages: parameters.pensionAges))
    let factor: RetirementFactor
    if test.isMet {
        factor = .none
    } else if let metOn = test.earliestDate, metOn < normalPensionDate {
        factor = working.include(try earlyRetirementReduction(retirementDate: retirementDate, normalPensionDate: metOn,
                                                              sex: sex, tables: parameters.earlyRetirement))
    } else {
        return none("age and membership do not reach 85 before the normal pension age")
    }
    working.record(CalculationStep(title: "Rule of 85 factor for membership to \(protectedTo.longUK)",
                                   result: .fraction(factor.pension), regulation: "SI 2014/525 Sch. 2 para 1"))
    return working.result(RuleOf85Adjustment(protectedTo: protectedTo, factor: factor))
}
