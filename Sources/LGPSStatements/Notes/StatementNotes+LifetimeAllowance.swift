import LGPSRules

extension StatementNotes {
    /// Part 3 (r): any lifetime allowance figures are estimates only, with what to do for more information; for
    /// a member under normal pension age they probably include the late retirement increase on final salary
    /// benefits, so are likely to be overstated. Given only where the row quotes a lifetime allowance figure.
    /// - Source: LGA annual benefit statements guide, Part 3 (r) and Part 2 Table 1 "LTA amount" [seed 001].
    static func lifetimeAllowance(_ facts: NoteFacts) -> StatementNote? {
        let l = StatementSection.lifetimeAllowance
        let amount = facts.row.money("LTA amount at 31 March 20xx", l)
        let percentage = facts.row.text("LTA percentage at 31 March 20xx", l)
        guard facts.isActive, amount != nil || percentage != nil else { return nil }
        let figures = [amount.map(StatementFormat.money), percentage.map { "\($0)%" }].compactMap { $0 }
        var paragraphs = ["The lifetime allowance figures (\(StatementFormat.list(figures))) are estimates only. "
            + "Contact us if you need more information."]
        if !facts.isOverNormalPensionAge {
            paragraphs.append("As you were under your normal pension age on \(facts.statementDay), the figures are "
                + "likely to include the late retirement increase that would apply to your final salary benefits at "
                + "your normal pension age, so they are likely to be overstated.")
        }
        return StatementNote(letter: "r", title: "Lifetime allowance", paragraphs: paragraphs)
    }
}
