import LGPSRules

extension StatementNotes {
    /// Part 3 (g): how the death grant is worked out (3 times assumed pensionable pay on death in service), with
    /// the warning that earlier LGPS membership in England or Wales (a deferred benefit, a suspended tier 3 ill
    /// health pension or a pension in payment) means the greater of the grants is paid, not both (Disc2013).
    /// Part 4: a deferred member's grant is payable only if they are not now an active member; if they are, the
    /// greater of all their grants and 3 times their pay in the active membership is paid. A pension credit member
    /// gets `pensionCreditDeathGrant`.
    /// - Source: LGA annual benefit statements guide, Part 3 (g) and Part 4 [seed 001]; SI 2013/2356 regs. 40,
    ///   43; SI 2013/2734 Sch. 5 para 1.
    static func deathGrant(_ facts: NoteFacts) -> StatementNote? {
        if facts.kind == .pensionCredit { return pensionCreditDeathGrant(facts) }
        let section: StatementSection = facts.isActive ? .deathBenefits : .deferredBenefits
        guard let grant = facts.row.money("Lump sum death grant", section) else { return nil }
        let amount = StatementFormat.money(grant), terms = facts.terms
        if facts.isActive {
            var how = "If you had died on \(facts.statementDay), a lump sum death grant of \(amount) would have "
                + "been paid. It is \(StatementFormat.multiple(terms.deathInServiceMultiple)) times your assumed "
                + "pensionable pay"
            if let pay = facts.row.money("APP used in death grant calculation", .deathBenefits) {
                how += " of \(StatementFormat.money(pay))"
            }
            return StatementNote(letter: "g", title: "How the death grant is worked out", paragraphs: [
                how + ".",
                "If you also have a deferred benefit, a suspended tier 3 ill health pension or a pension being paid "
                    + "from earlier membership of the LGPS in England or Wales, a different death grant may be paid: "
                    + "we would pay the higher of this death grant and the total of the death grants from your "
                    + "earlier membership, not both.",
            ])
        }
        let multiple = facts.kind == .deferred
            ? " It is \(StatementFormat.multiple(terms.deferredDeathGrantMultiple)) times your deferred pension." : ""
        return StatementNote(letter: "g", title: "How the death grant is worked out", paragraphs: [
            "If you had died on \(facts.statementDay), a lump sum death grant of \(amount) would have been paid.\(multiple)",
            "This death grant is paid only if you are not an active member of the LGPS in England or Wales when you "
                + "die. If you have rejoined, we would pay the higher of the total death grants from all your "
                + "deferred benefits, pensions being paid and suspended tier 3 ill health pensions, and "
                + "\(StatementFormat.multiple(terms.deathInServiceMultiple)) times your assumed pensionable pay in "
                + "your active membership.",
        ])
    }
}
