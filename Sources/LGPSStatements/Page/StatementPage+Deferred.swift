import LGPSRules

extension StatementPage {
    /// Part 4: a deferred member's benefits at 31 March (a pension credit member's are `pensionCredit`): the
    /// pension (including any final guarantee amount, based on retirement at normal pension age), the lump sum,
    /// the survivor's pension (including any survivor guarantee amount), the death grant, and the guarantee
    /// amounts included.
    /// - Source: LGA annual benefit statements guide, Part 4 [seed 001]; SI 2013/2356 reg. 89(1).
    static func deferred(_ input: PageInput) -> StatementSectionView? {
        let row = input.row, s = StatementSection.deferredBenefits, day = input.statementDay
        var rows = TableRows()
        rows.add("Annual pension", money: row.money("Annual pension at 31 March 20xx", s))
        rows.add("Automatic tax-free lump sum", money: row.positive("Automatic tax free lump sum at 31 March 20xx", s))
        rows.add("Annual survivor's pension", money: row.money("Survivor pension at 31 March 20xx", s))
        rows.add("Lump sum death grant", money: row.money("Lump sum death grant", s))
        rows.add("Estimated final guarantee amount included in your pension",
                 money: row.positive("Estimated final guarantee amount", s))
        rows.add("Estimated survivor guarantee amount included in the survivor's pension",
                 money: row.positive("Estimated survivor guarantee amount", s))
        let date = row.date("Normal pension date", .personalDetails).map { ", \(StatementFormat.date($0))" } ?? ""
        let intro = ["These are your benefits at \(day), payable in full from your normal pension date\(date).",
                     input.seeNotes(["c", "g", "w"])].compactMap { $0 }.joined(separator: " ")
        return StatementSectionView("deferred-benefits", heading: "Your deferred benefits at \(day)",
                                    paragraphs: [intro], tables: [
            StatementTable.items("deferred-benefits-table", caption: "Your benefits at \(day)", rows),
            nominationsTable(input.subject.nominations),
        ]).nonEmpty
    }
}
