import LGPSRules

extension StatementNotes {
    /// Part 3 (n): members need two years' Scheme membership for a pension, unless they have transferred
    /// pension rights in; the benefits at 31 March are for information only; a leaver with less than two years
    /// generally gets a refund. Given to an active member with less than two years' membership at 31 March, no
    /// transfer in and no other LGPS membership with the fund.
    /// - Source: LGA annual benefit statements guide, Part 3 (n) [seed 001]; SI 2013/2356 regs. 3(7), 18.
    static func qualifyingPeriod(_ facts: NoteFacts) -> StatementNote? {
        let years = facts.terms.vestingYears
        guard facts.isActive, facts.record.pensionableStart.adding(years: years) > facts.statementDate,
              !facts.careYearsToDate.contains(where: { $0.transfersIn > .zero }),
              facts.row.text("Other posts (reference numbers)", .personalDetails) == nil
        else { return nil }
        let period = StatementFormat.years(years)
        return StatementNote(letter: "n", title: "Qualifying for a pension", paragraphs: [
            "You need at least \(period) in the Scheme to qualify for a pension, unless you have transferred pension "
                + "rights into the LGPS. You joined on \(StatementFormat.date(facts.record.pensionableStart)), so on "
                + "\(facts.statementDay) you had less than \(period).",
            "Your benefits at \(facts.statementDay) are shown for information only. If you leave with less than "
                + "\(period) of membership, you will not qualify for a pension and can usually choose a refund of "
                + "your contributions instead.",
        ])
    }
}
