import LGPSRules

extension StatementNotes {
    /// Part 3 (i): how the survivor's pension is worked out and what relationship the figure quoted is based on:
    /// the recorded partner, an assumed spouse (the fund's choice for members with none recorded), or none
    /// quoted; that no adult survivor's pension is paid to a member who is single and not survived by an
    /// eligible cohabiting partner; the formula (1/160 of final pay for each year of final salary membership,
    /// 49/160 of the CARE pension, and on death in service 1/160 of assumed pensionable pay for each year to
    /// normal pension age); pensions for eligible children; and, for members with membership before 6 April
    /// 1988, the limits for cohabiting partners and marriages after leaving (Disc2013).
    /// - Source: LGA annual benefit statements guide, Part 3 (i) and Part 2 Table 1 "Partnership status" [seed
    ///   001]; SI 2013/2356 regs. 40–42; SI 2014/525 Sch. 1; SI 2013/2734 Sch. 5 paras 1, 5.
    static func survivorPension(_ facts: NoteFacts) -> StatementNote? {
        guard facts.kind != .pensionCredit,
              let basis = facts.row.text("Partnership status (used in calculation of survivor benefits)", .personalDetails)
        else { return nil }
        var paragraphs = [survivorBasis(facts, basis: basis)]
        let terms = facts.terms
        var formula = "A survivor's pension is worked out as \(StatementFormat.fraction(terms.survivorOfFinalPay)) "
            + "of your final pay for each year of final salary membership before "
            + "\(StatementFormat.date(terms.careSchemeStart)) (including any added years being bought and additional "
            + "regular contributions that include survivors' benefits), plus "
            + "\(StatementFormat.fraction(terms.survivorOfCarePension)) of your career average (CARE) pension."
        if facts.isActive {
            formula += " If you die while paying into the Scheme, it also includes "
                + "\(StatementFormat.fraction(terms.survivorOfFinalPay)) of your assumed pensionable pay for each "
                + "year from the date of your death to your normal pension age."
        }
        paragraphs.append(formula)
        paragraphs.append("Pensions may also be paid to eligible children.")
        if facts.record.pensionableStart < terms.cohabitingPartnerMembershipFrom {
            paragraphs.append(earlyMembershipLimits(terms))
        }
        return StatementNote(letter: "i", title: "How the survivor's pension is worked out", paragraphs: paragraphs)
    }

    /// What relationship the survivor's pension quoted is based on, with the amount quoted.
    private static func survivorBasis(_ facts: NoteFacts, basis: String) -> String {
        let quoted = facts.row.money(facts.isActive ? "Annual survivor’s pension" : "Survivor pension at 31 March 20xx",
                                     facts.isActive ? .deathBenefits : .deferredBenefits)
        let amount = quoted.map { " If you had died on \(facts.statementDay), it would have been \(StatementFormat.yearly($0))." } ?? ""
        if facts.subject.person.relationship.hasPartner {
            return "The survivor's pension shown is based on your recorded status: \(basis.lowercasedFirst).\(amount)"
        }
        let noPartner = "We have no record of a husband, wife, civil partner or eligible cohabiting partner."
        let none = "If you are single and are not survived by an eligible cohabiting partner, no survivor's pension "
            + "would be paid, other than pensions for eligible children."
        if facts.settings.survivorBasisWhenNotPartnered == .assumeSpouse {
            return "\(noPartner) The survivor's pension shown assumes you are married or in a civil partnership.\(amount) \(none)"
        }
        return "\(noPartner) So no survivor's pension is shown. \(none) Please tell us if your circumstances change."
    }

    /// The limits on earlier membership for cohabiting partners and marriages or civil partnerships after leaving.
    private static func earlyMembershipLimits(_ terms: NoteTerms) -> String {
        "A husband, wife or civil partner you have when you leave the Scheme receives a survivor's pension based on "
            + "all your membership. An eligible cohabiting partner's pension does not count membership before "
            + "\(StatementFormat.date(terms.cohabitingPartnerMembershipFrom)), unless you chose before "
            + "\(StatementFormat.date(terms.careSchemeStart)) to pay for it to count. If you marry or form a civil "
            + "partnership after leaving, a widow, a same-sex spouse or a civil partner's pension does not count "
            + "membership before \(StatementFormat.date(terms.postLeavingWidowMembershipFrom)), and a widower's "
            + "pension does not count membership before \(StatementFormat.date(terms.postLeavingWidowerMembershipFrom))."
    }
}
