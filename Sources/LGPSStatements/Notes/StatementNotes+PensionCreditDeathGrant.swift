import LGPSRules

extension StatementNotes {
    /// Part 3 (g) for a pension credit member (Part 4, "any death grant shown should include a warning"): the
    /// death grant had they died on 31 March and how it is worked out (a multiple of the pension credit with
    /// pensions increases), with the warning that it is paid only if they die before the pension credit is paid
    /// to them, and that no pension is paid to a partner or children from a pension credit (children's pensions
    /// stay with the former spouse's or civil partner's benefits).
    /// - Source: LGA annual benefit statements guide, Part 3 (g) and Part 4 [seed 001]; lgpsmember.org "Pension
    ///   Credits in the LGPS"; Kent and Derbyshire Pension Fund pension credit pages (UNVERIFIED parameter
    ///   `pension_credit/terms`).
    static func pensionCreditDeathGrant(_ facts: NoteFacts) -> StatementNote? {
        guard facts.pensionCredit != nil,
              let grant = facts.row.money("Lump sum death grant", .deferredBenefits) else { return nil }
        let multiple = StatementFormat.multiple(facts.terms.pensionCreditDeathGrantMultiple)
        return StatementNote(letter: "g", title: "How the death grant is worked out", paragraphs: [
            "If you had died on \(facts.statementDay), a lump sum death grant of \(StatementFormat.money(grant)) would "
                + "have been paid. It is \(multiple) times your pension credit, including pensions increases to that date.",
            "This death grant is paid only if you die before your pension credit is paid to you. No pension is paid to "
                + "a husband, wife, civil partner, partner or children from a pension credit: any children's pensions "
                + "stay with your former spouse's or civil partner's benefits.",
        ])
    }
}
