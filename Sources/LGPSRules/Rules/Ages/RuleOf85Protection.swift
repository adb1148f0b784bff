/// Which membership the rule of 85 protects.
public enum RuleOf85Protection: Hashable, Sendable {
    /// Membership up to and including this date is protected.
    case membershipTo(CalendarDate)
    /// The member reaches 60 inside the 2016–2020 taper; the taper is not implemented (UNVERIFIED formula).
    case taperedNotImplemented
}

/// The membership the rule of 85 protects: to 31 March 2016 for a member aged 60 (`ruleOf85ExtendedAge`) by
/// then; to 31 March 2008 for a member reaching 60 after the taper ends (31 March 2020). Members reaching 60
/// between 1 April 2016 and 31 March 2020 have tapered protection whose formula is UNVERIFIED, so the rule says
/// so rather than guess. Leaving earlier than the protected date ends protected membership at leaving.
/// - Legislation: SI 2014/525 Sch. 2 paras 1–3; SI 2007/1166 (transitional protections).
public func ruleOf85Protection(dateOfBirth: CalendarDate, terms: TransitionalAgeTerms) -> Calculation<RuleOf85Protection> {
    let sixtieth = dateOfBirth.adding(years: terms.ruleOf85ExtendedAge)
    let result: RuleOf85Protection
    if sixtieth <= terms.ruleOf85ExtendedProtectedTo {
        result = .membershipTo(terms.ruleOf85ExtendedProtectedTo)
    } else if sixtieth > terms.ruleOf85TaperEnd {
        result = .membershipTo(terms.ruleOf85ProtectedTo)
    } else {
        result = .taperedNotImplemented
    }
    var working = Working()
    let shown: Quantity
    switch result {
    case .membershipTo(let d): shown = .date(d)
    case .taperedNotImplemented: shown = .text("tapered protection (2016–2020 taper not implemented, UNVERIFIED)")
    }
    working.record(CalculationStep(title: "Membership protected by the rule of 85",
                                   inputs: [.init("Reaches \(terms.ruleOf85ExtendedAge) on", .date(sixtieth))],
                                   result: shown, regulation: "SI 2014/525 Sch. 2 paras 1–3",
                                   note: "Only the two clear cases are implemented; the taper is UNVERIFIED."))
    return working.result(result)
}
