import LGPSRules

extension StatementPage {
    /// Part 2 Table 1 "Death benefits": the death grant and survivor's pension if the member had died on
    /// 31 March (with any debit), the final salary and CARE parts, and the expression of wish held.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 3 (g)–(j) [seed 001];
    ///   SI 2013/2734 Sch. 5 para 1.
    static func death(_ input: PageInput) -> StatementSectionView? {
        let row = input.row, d = StatementSection.deathBenefits
        var rows = TableRows()
        rows.add("Lump sum death grant", money: row.money("Lump sum death grant", d))
        rows.add("Assumed pensionable pay used for the death grant", money: row.money("APP used in death grant calculation", d))
        if let debit = row.positive("Divorce debit to survivor’s pension", d) {
            rows.add("Annual survivor's pension before debit", money: row.money("Annual survivor's pension (before debit applied)", d))
            rows.add("Less pension sharing (divorce) debit", money: debit)
        }
        rows.add("Annual survivor's pension", money: row.money("Annual survivor’s pension", d))
        rows.add("Final salary part of the survivor's pension", money: row.money("Final salary survivor pension", d))
        rows.add("CARE part of the survivor's pension", money: row.money("CARE survivor pension", d))
        let intro = ["What would have been paid if you had died on \(input.statementDay).", input.seeNotes(["g", "h", "i", "j"])]
            .compactMap { $0 }.joined(separator: " ")
        return StatementSectionView("death-benefits", heading: "If you had died on \(input.statementDay)",
                                    paragraphs: [intro], tables: [
            StatementTable.items("death-benefits-table", caption: "Death benefits at \(input.statementDay)", rows),
            nominationsTable(input.subject.nominations),
        ]).nonEmpty
    }

    /// The expression of wish for the death grant: name, relationship and share, or `nil` when none is held.
    static func nominationsTable(_ nominations: [Nomination]) -> StatementTable? {
        guard !nominations.isEmpty else { return nil }
        return StatementTable(
            tableID: "expression-of-wish-table", caption: "Who you would like the death grant paid to",
            headings: [.init(heading: "Name", numeric: false), .init(heading: "Relationship", numeric: false),
                       .init(heading: "Share", numeric: true)],
            rows: nominations.map {
                .init(header: $0.name, cells: [.init(text: $0.relationship, numeric: false),
                                               .init(text: $0.share.description, numeric: true)])
            })
    }
}
