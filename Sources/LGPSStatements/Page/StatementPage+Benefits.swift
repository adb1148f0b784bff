import LGPSRules

extension StatementPage {
    /// Part 2 Table 1 "Benefits at 31 March" with its supporting data: the pension and lump sum built up to
    /// 31 March, payable at normal pension age, any debits and the figures after them, the survivor's pension,
    /// the largest lump sum option; then how the final salary and CARE pensions are made up.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 3 (d), (e), (k), (l), (m), (s)
    ///   [seed 001]; SI 2013/2734 Sch. 5 paras 2(a), 5, 6.
    static func benefits(_ input: PageInput) -> StatementSectionView? {
        let row = input.row, b = StatementSection.benefitsAt31March, day = input.statementDay
        var rows = TableRows()
        let sharing = row.positive("Divorce debit to pension", b), schemePays = row.positive("Annual Allowance Scheme pays debit", b)
        if sharing != nil || schemePays != nil {
            rows.add("Annual pension before debits", money: row.money(
                "Annual pension at 31 March 20xx (before divorce or Annual Allowance (AA) debit applied)", b))
            rows.add("Less pension sharing (divorce) debit", money: sharing)
            rows.add("Less annual allowance scheme pays debit", money: schemePays)
        }
        rows.add("Annual pension", money: row.money("Annual pension at 31 March 20xx", b))
        if let lumpSumDebit = row.positive("Divorce debit to lump sum", b) {
            rows.add("Tax-free lump sum before debit", money: row.money(
                "Automatic tax free lump sum at 31 March 20xx (before divorce debit applied)", b))
            rows.add("Less pension sharing (divorce) debit to lump sum", money: lumpSumDebit)
        }
        rows.add("Automatic tax-free lump sum", money: row.positive("Automatic tax free lump sum at 31 March 20xx", b))
        if let survivorDebit = row.positive("Divorce debit to survivor pension", b) {
            rows.add("Survivor's pension before debit", money: row.money("Annual survivor's pension", b))
            rows.add("Less pension sharing (divorce) debit to survivor's pension", money: survivorDebit)
        }
        rows.add("Annual survivor's pension if you had left on \(day)", money: row.money("Survivor pension at 31 March 20xx", b))
        rows.add("Reduced annual pension if you take the largest lump sum",
                 money: row.money("Reduced pension at 31 March 20xx if maximum lump sum option taken", b))
        rows.add("Largest tax-free lump sum",
                 money: row.money("Increased tax free lump sum at 31 March 20xx if maximum lump sum option taken", b))
        let intro = ["These are the benefits you had built up by \(day), payable in full from your normal pension age.",
                     input.seeNotes(["k", "l", "m"])].compactMap { $0 }.joined(separator: " ")
        return StatementSectionView("benefits", heading: "Your benefits at \(day)", paragraphs: [intro], tables: [
            StatementTable.items("benefits-table", caption: "Your pension and lump sum built up to \(day)", rows),
            finalSalaryTable(input, section: .benefitsSupportingData, id: "final-salary-table",
                             caption: "How your final salary pension at \(day) is made up"),
            careTable(input),
        ]).nonEmpty
    }

    /// How the extract writes no membership at all (a tranche the member has none of), which is left out.
    static let noMembership = ExtractFormat.membership(.zero, daysPerYear: 1)

    /// Part 2 Table 1 supporting data, final salary lines: membership and pension in 80ths and 60ths, added
    /// years, ARC pension, totals and the automatic lump sum (Part 3 (d)); a tranche with no membership is left out.
    static func finalSalaryTable(_ input: PageInput, section s: StatementSection, id: String, caption: String) -> StatementTable? {
        let row = input.row
        var rows = TableRows()
        let membership = { (name: String) in row.text(name, s).flatMap { $0 == Self.noMembership ? nil : $0 } }
        rows.add("Membership built up in 80ths", membership("80ths service"))
        rows.add("Added years bought (80ths)", membership("Added years purchased (80ths)"))
        rows.add("Pension built up in 80ths", row.positive("80ths pension", s).map(StatementFormat.money))
        rows.add("Membership built up in 60ths", membership("60ths service"))
        rows.add("Added years bought (60ths)", membership("Added years purchased (60ths)"))
        rows.add("Pension built up in 60ths", row.positive("60ths pension", s).map(StatementFormat.money))
        rows.add("Pension from additional regular contributions",
                 row.positive("ARC purchased (inc PI to 31/03/20xx)", s).map(StatementFormat.money))
        rows.add("Total final salary membership", membership("Total FS service"))
        rows.add("Total final salary pension", row.money("Total final salary pension", s).map(StatementFormat.money))
        rows.add("Automatic tax-free lump sum", row.positive("Automatic lump sum", s).map(StatementFormat.money))
        if s == .benefitsSupportingData {
            rows.add("Final salary part of the survivor's pension",
                     row.money("Final salary survivor pension", s).map(StatementFormat.money))
        }
        return StatementTable.items(id, caption: caption, item: "Item", value: "Amount", rows)
    }

    /// Part 2 Table 1 supporting data, CARE lines: the account at the previous 31 March, the year's
    /// revaluation, pay and pension by section, extra pension bought and transfers in, and the totals (Part 3
    /// (e), (p), (s)). Amounts that are nil or zero for the year are left out.
    static func careTable(_ input: PageInput) -> StatementTable? {
        let row = input.row, s = StatementSection.benefitsSupportingData
        var rows = TableRows()
        rows.add("CARE pension at \(StatementFormat.date(input.year.previous.end))",
                 money: row.money("CARE pension at 31 March previous year", s))
        rows.add("Revaluation added in the year",
                 money: row.money("Revaluation amount 1 April previous year", s).flatMap { $0 == .zero ? nil : $0 })
        rows.add("Pensionable pay in the year (main section)", money: row.positive("CARE pay in year main section", s))
        rows.add("Pension built up in the year (main section)", money: row.positive("CARE pension in year main section", s))
        rows.add("Pensionable pay in the year (50/50 section)", money: row.positive("CARE pay in year 50/50 section", s))
        rows.add("Pension built up in the year (50/50 section)", money: row.positive("CARE pension in year 50/50 section", s))
        rows.add("Additional pension bought or awarded in the year", money: row.positive("APC bought / awarded in year", s))
        rows.add("Pension from a transfer in completed in the year", money: row.positive("CARE transfer in completed in year", s))
        rows.add("Total pension built up in the year", money: row.money("Total CARE build-up in year", s))
        rows.add("Total additional pension bought or awarded, with revaluation",
                 money: row.positive("Total APC purchased / awarded (inc revaluation to 31/03/20xx)", s))
        rows.add("Total CARE pension at \(input.statementDay)", money: row.money("Total CARE pension at 31 March 20xx", s))
        rows.add("CARE part of the survivor's pension", money: row.money("CARE survivor pension", s))
        return StatementTable.items("care-table", caption: "How your career average (CARE) pension at "
                                    + "\(input.statementDay) is made up", rows)
    }
}
