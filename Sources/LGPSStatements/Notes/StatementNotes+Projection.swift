import LGPSRules

extension StatementNotes {
    /// Part 3 (q): benefits projected to normal pension age assume the member stays in their current job with no
    /// change in pensionable pay until then; for a member already over normal pension age on 31 March, what the
    /// section shows (the figures at 31 March repeated) (Disc2013). Given where a projection is quoted.
    /// - Source: LGA annual benefit statements guide, Part 3 (q) and Part 2 Table 1 "Projection to NPA" [seed
    ///   001]; SI 2013/2734 Sch. 5 para 2(b); SI 2022/1220 Sch. 3 para 2(1)(a)(ii).
    static func projection(_ facts: NoteFacts) -> StatementNote? {
        let p = StatementSection.projectionToNPA
        guard facts.isActive, let pension = facts.row.money("Annual pension at NPA (after divorce/AA debit)", p)
        else { return nil }
        if facts.isOverNormalPensionAge {
            return StatementNote(letter: "q", title: "Your benefits at normal pension age", paragraphs: [
                "You were already over your normal pension age on \(facts.statementDay), so no projection is made. "
                    + "The figures shown at normal pension age are your benefits at \(facts.statementDay): a pension "
                    + "of \(StatementFormat.yearly(pension)).",
            ])
        }
        var first = "Your projected pension at your normal pension age is \(StatementFormat.yearly(pension))"
        if let lumpSum = facts.row.positive("Automatic tax free lump sum at NPA (after divorce debit)", p) {
            first += " with a tax-free lump sum of \(StatementFormat.money(lumpSum))"
        }
        return StatementNote(letter: "q", title: "Your benefits at normal pension age", paragraphs: [
            first + ".",
            "This assumes you stay in your current job, with no change in your pensionable pay, until your normal "
                + "pension age. Your actual benefits will depend on your pay and service from now on, and on future "
                + "revaluation.",
        ])
    }
}
