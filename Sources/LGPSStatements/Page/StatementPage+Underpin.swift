import LGPSRules

extension StatementPage {
    /// Part 2A: for a member protected by the McCloud remedy, the underpin figures the row quotes (under or over
    /// the 2008 Scheme normal pension age on 31 March), or, where the fund used the 2025 discretion, that the
    /// protection is not reflected this year.
    /// - Source: LGA annual benefit statements guide, Part 2A and Part 3 (u)–(w), (y) [seed 001];
    ///   SI 2014/525 regs. 4A–4U.
    static func underpin(_ input: PageInput) -> StatementSectionView? {
        let row = input.row
        guard row.isYes("Protected by the McCloud remedy", .mcCloudRemedy) else { return nil }
        let names: [(String, StatementSection)] = [
            "Estimated provisional assumed benefits", "Estimated provisional underpin amount",
            "Estimated final assumed benefits", "Estimated final underpin amount",
        ].map { ($0, .underpinUnder2008NPA) } + [
            "Provisional assumed benefits", "Provisional underpin amount", "Revalued assumed benefits to 31 March 20xx",
            "Revalued underpin amount to 31 March 20xx", "Estimated final assumed benefits", "Estimated final underpin amount",
        ].map { ($0, .underpinOver2008NPA) } + [
            "Estimated final guarantee amount", "Estimated survivor guarantee amount",
        ].flatMap { [($0, .underpinUnder2008NPA), ($0, .underpinOver2008NPA)] }
        var rows = TableRows()
        for (name, section) in names {
            rows.add(name.replacing("31 March 20xx", with: input.statementDay), money: row.money(name, section))
        }
        var text = "You are protected by the McCloud remedy."
        if row.isYes("Underpin protection not reflected (2025 discretion)", .mcCloudRemedy) {
            text += " This year's figures do not include the effect of your protection."
        } else if !rows.rows.isEmpty {
            text += " These are the estimated figures used to work out the amount added to your pension for your protection."
        }
        let paragraphs = [[text, input.seeNotes(["u", "v", "w", "y"])].compactMap { $0 }.joined(separator: " ")]
        return StatementSectionView("mccloud", heading: "Your McCloud protection", paragraphs: paragraphs, tables: [
            StatementTable.items("mccloud-table", caption: "Estimated underpin figures at \(input.statementDay)", rows),
        ])
    }
}
