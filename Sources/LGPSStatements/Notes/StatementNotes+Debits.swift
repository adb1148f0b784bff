import LGPSRules

extension StatementNotes {
    /// Part 3 (k): which figures have been reduced for a pension sharing order and/or an annual allowance scheme
    /// pays debit, that the debit assumes retirement at normal pension age, and that it is adjusted for earlier or
    /// later retirement (Disc2013). Given when the row shows a debit.
    /// - Source: LGA annual benefit statements guide, Part 3 (k) [seed 001]; Welfare Reform and Pensions Act
    ///   1999 s. 29–31; Finance Act 2004 s. 237B; SI 2013/2734 Sch. 5 para 6.
    static func debits(_ facts: NoteFacts) -> StatementNote? {
        guard facts.isActive else { return nil }
        let row = facts.row, b = StatementSection.benefitsAt31March
        var kinds: [String] = []
        if let sharing = row.positive("Divorce debit to pension", b) {
            kinds.append("a pension sharing (divorce) debit of \(StatementFormat.yearly(sharing))")
        }
        if let schemePays = row.positive("Annual Allowance Scheme pays debit", b) {
            kinds.append("an annual allowance scheme pays debit of \(StatementFormat.yearly(schemePays))")
        }
        guard !kinds.isEmpty else { return nil }
        var figures = ["your pension at \(facts.statementDay)"]
        if row.text("Annual pension at NPA (after divorce/AA debit)", .projectionToNPA) != nil {
            figures.append("your pension projected to your normal pension age")
        }
        if row.positive("Divorce debit to lump sum", b) != nil { figures.append("your lump sum") }
        if row.positive("Divorce debit to survivor pension", b) != nil { figures.append("your survivor's pension") }
        return StatementNote(letter: "k", title: "Reductions for pension debits", paragraphs: [
            "Your benefits are reduced by \(StatementFormat.list(kinds)). The figures for "
                + "\(StatementFormat.list(figures)) are shown after the reduction.",
            "The debit is based on you retiring at your normal pension age. It will be adjusted if you take your "
                + "pension earlier or later, to allow for the longer or shorter time it is paid.",
        ])
    }
}
