import LGPSRules

extension StatementNotes {
    /// Part 3 (x): a member with membership in the remedy period who appears not to be protected, because there
    /// is no evidence of public service pension membership before 1 April 2012 or there appears to have been a
    /// disqualifying gap, is asked to tell the fund about any relevant membership, and told how. Part 4: the
    /// same for deferred members.
    /// - Source: LGA annual benefit statements guide, Part 3 (x) and Part 4 [seed 001]; SI 2014/525 regs. 4A–4U.
    static func appearsNotProtected(_ facts: NoteFacts) -> StatementNote? {
        guard facts.kind != .pensionCredit, facts.hasRemedyPeriodMembership, !facts.isProtected,
              facts.row.text("Protected by the McCloud remedy", .mcCloudRemedy) != nil else { return nil }
        let terms = facts.terms, before = StatementFormat.date(terms.qualifyingMembershipBefore)
        let earlier = facts.record.pensionableStart < terms.qualifyingMembershipBefore
            || facts.member.mcCloudFacts.contains { $0.kind == .earlierPublicServiceMembership && $0.from < terms.qualifyingMembershipBefore }
        let reason = earlier
            ? "you were in a public service pension scheme before \(before), but there appears to have been a break of "
                + "more than \(StatementFormat.years(terms.disqualifyingBreakYears)) in your membership"
            : "we have no record of you being a member of the LGPS or another public service pension scheme before \(before)"
        return StatementNote(letter: "x", title: "If you think you should be protected by the McCloud remedy", paragraphs: [
            "You do not appear to be protected by the McCloud remedy because \(reason).",
            "If you were a member of a public service pension scheme before \(before), for example the LGPS elsewhere, "
                + "or the NHS, teachers', civil service, armed forces, police or firefighters' pension scheme, and "
                + "did not have a break of more than \(StatementFormat.years(terms.disqualifyingBreakYears)), please "
                + "tell us. Contact us using the details at the end of this statement, giving the name of the scheme "
                + "and the dates you were a member.",
        ])
    }
}
