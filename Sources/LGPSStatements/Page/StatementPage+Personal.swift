import LGPSRules

extension StatementPage {
    /// Part 2 Table 1 "Personal Details" (and Part 4 for deferred and pension credit members): who the member
    /// is, which post the statement is for, the section, normal pension age and date, the relationship the
    /// survivor's pension is based on, pay and the date pensionable service started. Blank items are left out.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 4 [seed 001]; SI 2013/2734 Sch. 5
    ///   paras 3–4.
    static func personal(_ input: PageInput) -> StatementSectionView? {
        let row = input.row, p = StatementSection.personalDetails, day = input.statementDay
        var rows = TableRows()
        let name = [row.text("Title", p), row.text("First name(s)", p), row.text("Surname", p)].compactMap { $0 }
        rows.add("Name", name.isEmpty ? nil : name.joined(separator: " "))
        let address = ((1...ContactDetails.maximumAddressLines).map { row.text("Address \($0)", p) } + [row.text("Post code", p)])
            .compactMap { $0 }
        rows.add("Address", address.isEmpty ? nil : address.joined(separator: ", "))
        rows.add("Date of birth", date: row.date("Date of birth", p))
        rows.add("National Insurance number", row.text("NI number", p))
        rows.add("Reference number", row.text("Reference number", p))
        rows.add("Payroll number", row.text("Payroll number", p))
        rows.add("Employer on \(day)", row.text("Employer on 31 March 20xx", p))
        rows.add("Job title", row.text("Job title", p))
        rows.add("Email address", row.text("Email address", p))
        rows.add("Date your pensionable service started", date: row.date("Date pensionable service started", p))
        if row.kind == .deferred { rows.add("Date you left", date: row.date("Date of leaving", .deferredBenefits)) }
        rows.add("Section of the Scheme on \(day)", row.text("Section of scheme on 31 March 20xx", p))
        rows.add("Normal pension age", row.text("Normal Pension Age", p))
        rows.add("Normal pension date", date: row.date("Normal pension date", p))
        rows.add("Relationship status we hold", row.text("Partnership status (recorded)", p))
        rows.add("Survivor's pension based on", row.text("Partnership status (used in calculation of survivor benefits)", p))
        rows.add("Pensionable pay for the year to \(day)",
                 row.money("Pensionable pay for year ending 31 March 20xx", p).map(StatementFormat.money))
        rows.add("Final salary pay for the year to \(day)",
                 row.money("Final salary pay for year ending 31 March 20xx", p).map(StatementFormat.money))
        rows.add("Reference numbers of your other memberships", row.text("Other posts (reference numbers)", p))
        let table = StatementTable.items("personal-details-table", caption: "The details we hold about you",
                                         item: "Detail", value: "What we hold", rows)
        return StatementSectionView("personal-details", heading: "Your personal details",
                                    paragraphs: [["Please check these details.", input.seeNotes(["a", "f"])]
                                        .compactMap { $0 }.joined(separator: " ")],
                                    tables: [table]).nonEmpty
    }
}
