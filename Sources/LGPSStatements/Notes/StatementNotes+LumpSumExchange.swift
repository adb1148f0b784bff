import LGPSRules

extension StatementNotes {
    /// Part 3 (m): the member's option to exchange pension for tax-free cash when they take their pension, given
    /// where the statement shows the figures after the largest exchange (post-commutation figures).
    /// - Source: LGA annual benefit statements guide, Part 3 (m) [seed 001]; SI 2013/2356 reg. 33.
    static func lumpSumExchange(_ facts: NoteFacts) -> StatementNote? {
        let b = StatementSection.benefitsAt31March
        guard facts.isActive,
              let pension = facts.row.money("Reduced pension at 31 March 20xx if maximum lump sum option taken", b),
              let lumpSum = facts.row.money("Increased tax free lump sum at 31 March 20xx if maximum lump sum option taken", b)
        else { return nil }
        let rate = StatementFormat.money(Money.rounding(Money(pounds: 1).exactly(times: facts.terms.commutationRate),
                                                        .nearestPennyHalfUp))
        return StatementNote(letter: "m", title: "Exchanging pension for a tax-free lump sum", paragraphs: [
            "When you take your pension you can choose to give up some of it for a bigger tax-free lump sum. For every "
                + "£1 a year of pension you give up, you get \(rate) of lump sum.",
            "If you had taken the largest lump sum allowed from your benefits at \(facts.statementDay), your pension "
                + "would have been \(StatementFormat.yearly(pension)) and your lump sum \(StatementFormat.money(lumpSum)).",
        ])
    }
}
