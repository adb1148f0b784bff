import LGPSRules

extension StatementPage {
    /// Part 2 Table 1, the figures "only to be provided for a member who was between age 55 and NPA on
    /// 31 March": benefits payable on 31 March after the early payment reduction, when the fund quotes them.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 3 (o) [seed 001].
    static func reduced(_ input: PageInput) -> StatementSectionView? {
        let row = input.row, r = StatementSection.reducedBenefits, day = input.statementDay
        var rows = TableRows()
        rows.add("Annual pension", money: row.money("Annual pension at 31 March 20xx", r))
        rows.add("Automatic tax-free lump sum", money: row.positive("Automatic tax free lump sum at 31 March 20xx", r))
        rows.add("Reduced annual pension if you take the largest lump sum",
                 money: row.money("Reduced pension at 31 March 20xx if maximum lump sum option taken", r))
        rows.add("Largest tax-free lump sum",
                 money: row.money("Increased tax free lump sum at 31 March 20xx if maximum lump sum option taken", r))
        let intro = ["What you would have received if you had taken your pension on \(day), reduced for early payment.",
                     input.seeNotes(["o"])].compactMap { $0 }.joined(separator: " ")
        return StatementSectionView("reduced-benefits", heading: "If you had taken your pension on \(day)",
                                    paragraphs: [intro], tables: [
            StatementTable.items("reduced-benefits-table", caption: "Reduced benefits payable on \(day)", rows),
        ]).nonEmpty
    }
}
