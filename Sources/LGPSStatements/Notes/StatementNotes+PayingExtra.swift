import LGPSRules

extension StatementNotes {
    /// Part 3 (s): the figures at 31 March include extra pension bought by then (APC or ARC) and added years
    /// bought by then; if a contract is ongoing, the projection assumes it is completed. Given to members who
    /// have bought extra pension or added years; additional voluntary contributions (AVCs) are reported by the
    /// AVC provider, which the note says.
    /// - Source: LGA annual benefit statements guide, Part 3 (s) and Part 2 Table 1 "Total APC purchased /
    ///   awarded" [seed 001]; SI 2013/2356 reg. 16; SI 1997/1612 reg. 55.
    static func payingExtra(_ facts: NoteFacts) -> StatementNote? {
        guard facts.isActive else { return nil }
        let s = StatementSection.benefitsSupportingData, years = facts.careYearsToDate
        let bought = years.reduce(Money.zero) {
            $0 + $1.additionalPensionContributions + $1.sharedCostAdditionalPension + $1.additionalRegularContributions
        }
        let totalAPC = facts.row.positive("Total APC purchased / awarded (inc revaluation to 31/03/20xx)", s)
        let addedYears = facts.member.addedYears
        guard bought > .zero || totalAPC != nil || !addedYears.isEmpty else { return nil }
        var parts: [String] = []
        if let total = totalAPC ?? (bought > .zero ? bought : nil) {
            parts.append("\(StatementFormat.yearly(total)) of additional pension you have bought or been awarded "
                + "(additional pension contributions or additional regular contributions)")
        }
        if let added = facts.row.text("Added years purchased (80ths)", s) ?? facts.row.text("Added years purchased (60ths)", s) {
            parts.append("\(added) of added years")
        } else if !addedYears.isEmpty {
            parts.append("the added years you have bought")
        }
        var paragraphs = ["Your figures at \(facts.statementDay) include extra pension you had paid for by that date: "
            + StatementFormat.list(parts) + "."]
        let ongoing = addedYears.contains { $0.endsOn.map { $0 > facts.statementDate } ?? true }
            || (facts.careYear.map { $0.additionalPensionContributions > .zero } ?? false)
        if ongoing {
            paragraphs.append("If you are still paying for extra pension or added years, your figures at normal "
                + "pension age assume you complete your contract.")
        }
        paragraphs.append("Any additional voluntary contributions (AVCs) you pay are not included. Your AVC provider "
            + "sends you a separate statement.")
        return StatementNote(letter: "s", title: "Paying extra", paragraphs: paragraphs)
    }
}
