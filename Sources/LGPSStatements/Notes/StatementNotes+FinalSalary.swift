import LGPSRules

extension StatementNotes {
    /// Part 3 (d): member and survivor final salary benefits are based on current pay with no pay inflation; the
    /// actual benefits use final pay on leaving, so could be higher or lower. Given only to members with final
    /// salary benefits (membership before 1 April 2014, or a club transfer that bought it) (Disc2013).
    /// - Source: LGA annual benefit statements guide, Part 3 (d) [seed 001]; SI 2013/2734 Sch. 5 para 5.
    static func finalSalary(_ facts: NoteFacts) -> StatementNote? {
        guard facts.isActive, facts.row.money("Total final salary pension", .benefitsSupportingData) != nil
        else { return nil }
        // The pension worked out on final pay: the 80ths and 60ths, not the ARC pension the total also holds.
        let s = StatementSection.benefitsSupportingData
        let pension = (facts.row.money("80ths pension", s) ?? .zero) + (facts.row.money("60ths pension", s) ?? .zero)
        let before = StatementFormat.date(facts.terms.careSchemeStart)
        var first = "You have final salary benefits for your membership before \(before). Your final salary "
            + "pension at \(facts.statementDay) is \(StatementFormat.yearly(pension))"
        if let pay = facts.row.money("Final salary pay for year ending 31 March 20xx", .personalDetails) {
            first += ", worked out on your final pay of \(StatementFormat.money(pay)) for the year to \(facts.statementDay)"
        }
        return StatementNote(letter: "d", title: "Your final salary benefits", paragraphs: [
            first + ".",
            "No pay increases have been assumed. Your final salary benefits, and the final salary part of any "
                + "survivor's pension, will be worked out on your final pay when you leave, so they could be higher or "
                + "lower than the figures shown.",
        ])
    }
}
