import LGPSRules

extension StatementPage {
    /// Part 2 Table 1, the lifetime allowance figures, shown only when the row quotes them.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 3 (r) [seed 001].
    static func lifetimeAllowance(_ input: PageInput) -> StatementSectionView? {
        let row = input.row, l = StatementSection.lifetimeAllowance
        var rows = TableRows()
        rows.add("Lifetime allowance amount", row.money("LTA amount at 31 March 20xx", l).map(StatementFormat.money))
        rows.add("Lifetime allowance percentage", row.text("LTA percentage at 31 March 20xx", l).map { "\($0)%" })
        return StatementSectionView("lifetime-allowance", heading: "Lifetime allowance",
                                    paragraphs: [input.seeNotes(["r"])].compactMap { $0 }, tables: [
            StatementTable.items("lifetime-allowance-table", caption: "Lifetime allowance at \(input.statementDay)",
                                 item: "Item", value: "Estimate", rows),
        ]).nonEmpty
    }
}
