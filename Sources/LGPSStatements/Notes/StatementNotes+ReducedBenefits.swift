import LGPSRules

extension StatementNotes {
    /// Part 3 (o): where reduced benefits payable on 31 March are quoted, confirm they are only given to members
    /// who were 55 or over and under normal pension age on 31 March, and that the early payment reduction uses
    /// the factors in force now.
    /// - Source: LGA annual benefit statements guide, Part 3 (o) and Part 2 Table 1 [seed 001]; SI 2013/2356
    ///   reg. 30(5).
    static func reducedBenefits(_ facts: NoteFacts) -> StatementNote? {
        let r = StatementSection.reducedBenefits
        guard facts.isActive, let pension = facts.row.money("Annual pension at 31 March 20xx", r) else { return nil }
        return StatementNote(letter: "o", title: "Reduced benefits if taken on \(facts.statementDay)", paragraphs: [
            "The reduced benefits show what you would have received if you had chosen to take your pension on "
                + "\(facts.statementDay): a pension of \(StatementFormat.yearly(pension)). We show these only because "
                + "you were aged \(facts.terms.earliestPaymentAge) or over and under your normal pension age on that date.",
            "The reduction for early payment uses the factors in force now. These may be different when you take your "
                + "benefits.",
        ])
    }
}
