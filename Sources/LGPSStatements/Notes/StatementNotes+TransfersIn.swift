import LGPSRules

extension StatementNotes {
    /// Part 3 (p): a transfer of previous pension rights is reflected only if completed by 31 March; one
    /// completed later appears in next year's statement. Given to a member whose pension account shows pension
    /// credited from a transfer in, quoting the total credited and any credited this year.
    /// - Source: LGA annual benefit statements guide, Part 3 (p) and Part 2 Table 1 "CARE transfer in completed
    ///   in year" [seed 001]; SI 2013/2356 reg. 100.
    static func transfersIn(_ facts: NoteFacts) -> StatementNote? {
        guard facts.kind != .pensionCredit else { return nil }
        let total = facts.careYearsToDate.reduce(Money.zero) { $0 + $1.transfersIn }
        guard total > .zero else { return nil }
        var first = "Your figures include \(StatementFormat.yearly(total)) of pension from transferring previous "
            + "pension rights into the LGPS"
        if let thisYear = facts.row.positive("CARE transfer in completed in year", .benefitsSupportingData) {
            first += thisYear == total ? ", completed in the year to \(facts.statementDay)"
                : ", of which \(StatementFormat.yearly(thisYear)) was from a transfer completed in the year to \(facts.statementDay)"
        }
        return StatementNote(letter: "p", title: "Transfers into the LGPS", paragraphs: [
            first + ".",
            "A transfer is included only once it has been completed. A transfer completed after \(facts.statementDay) "
                + "will be included in next year's statement.",
        ])
    }
}
