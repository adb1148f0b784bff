import LGPSRules

extension StatementNotes {
    /// Part 3 (u): whether the member is protected by the McCloud remedy. Given to active and deferred members
    /// with LGPS membership in the remedy period (1 April 2014 to 31 March 2022), the only members the remedy
    /// can protect.
    /// - Source: LGA annual benefit statements guide, Part 3 (u) and Part 4 [seed 001]; SI 2014/525 regs. 4A–4U.
    static func mcCloudProtection(_ facts: NoteFacts) -> StatementNote? {
        guard facts.kind != .pensionCredit, facts.hasRemedyPeriodMembership,
              facts.row.text("Protected by the McCloud remedy", .mcCloudRemedy) != nil else { return nil }
        let period = "between \(StatementFormat.date(facts.terms.remedyPeriodStart)) and "
            + StatementFormat.date(facts.terms.remedyPeriodEnd)
        let text = facts.isProtected
            ? "You are protected by the McCloud remedy for your membership \(period). See note (v) for what this means."
            : "You have membership \(period), but our records show that you are not protected by the McCloud remedy. "
                + "See note (x)."
        return StatementNote(letter: "u", title: "Are you protected by the McCloud remedy?", paragraphs: [text])
    }
}
