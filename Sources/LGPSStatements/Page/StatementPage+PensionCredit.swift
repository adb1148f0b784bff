import LGPSRules

extension StatementPage {
    /// A pension credit member's benefits at 31 March: the date the pension sharing order took effect and the
    /// pension credited then, the pension with pensions increases to 31 March (payable in full at normal pension
    /// age), the death grant, and the expression of wish held for it. A pension credit pays no survivor's or
    /// children's pension, which the section says.
    /// - Source: LGA annual benefit statements guide, Part 4 [seed 001]; SI 2013/2356 reg. 89(1); lgpsmember.org
    ///   "Pension Credits in the LGPS".
    static func pensionCredit(_ input: PageInput) -> StatementSectionView? {
        let row = input.row, s = StatementSection.deferredBenefits, day = input.statementDay
        var rows = TableRows()
        rows.add("Date the pension sharing order took effect", date: row.date("Transfer day", s))
        rows.add("Annual pension credited on that date", money: row.money("Annual pension credited at transfer day", s))
        rows.add("Annual pension at \(day), with pensions increases", money: row.money("Annual pension at 31 March 20xx", s))
        rows.add("Lump sum death grant", money: row.money("Lump sum death grant", s))
        let date = row.date("Normal pension date", .personalDetails).map { ", \(StatementFormat.date($0))" } ?? ""
        let intro = ["This is your pension credit at \(day), payable in full from your normal pension date\(date).",
                     "No survivor's or children's pension is paid from a pension credit.",
                     input.seeNotes(["c", "e", "g"])].compactMap { $0 }.joined(separator: " ")
        return StatementSectionView("pension-credit", heading: "Your pension credit at \(day)", paragraphs: [intro],
                                    tables: [
            StatementTable.items("pension-credit-table", caption: "Your pension credit at \(day)", rows),
            nominationsTable(input.subject.nominations),
        ]).nonEmpty
    }
}
