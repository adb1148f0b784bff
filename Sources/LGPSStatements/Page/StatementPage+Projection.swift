import LGPSRules

extension StatementPage {
    /// Part 2 Table 1 "Projection to NPA" with its supporting data: benefits if the member stays to normal
    /// pension age on the same pay, any debits, the survivor's pension, and how the projection is made up.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 3 (b), (e), (q), (s) [seed 001];
    ///   SI 2013/2734 Sch. 5 para 2(b); SI 2022/1220 Sch. 3 para 2(1)(a)(ii).
    static func projection(_ input: PageInput) -> StatementSectionView? {
        let row = input.row, p = StatementSection.projectionToNPA
        var rows = TableRows()
        let sharing = row.positive("Pension divorce debit", p), schemePays = row.positive("Annual Allowance Scheme pays debit", p)
        if sharing != nil || schemePays != nil {
            rows.add("Annual pension before debits", money: row.money("Annual pension at NPA (before divorce or AA debit applied)", p))
            rows.add("Less pension sharing (divorce) debit", money: sharing)
            rows.add("Less annual allowance scheme pays debit", money: schemePays)
        }
        rows.add("Annual pension", money: row.money("Annual pension at NPA (after divorce/AA debit)", p))
        if let lumpSumDebit = row.positive("Pension lump sum debit", p) {
            rows.add("Tax-free lump sum before debit",
                     money: row.money("Automatic tax free lump sum at NPA (before divorce debit applied)", p))
            rows.add("Less pension sharing (divorce) debit to lump sum", money: lumpSumDebit)
        }
        rows.add("Automatic tax-free lump sum", money: row.positive("Automatic tax free lump sum at NPA (after divorce debit)", p))
        if let survivorDebit = row.positive("Divorce debit to survivor pension", p) {
            rows.add("Survivor's pension before debit", money: row.money("Survivor pension (before divorce debit)", p))
            rows.add("Less pension sharing (divorce) debit to survivor's pension", money: survivorDebit)
        }
        rows.add("Annual survivor's pension", money: row.money("Survivor pension (after divorce debit)", p))
        let date = row.date("Normal pension date", .personalDetails).map { ", \(StatementFormat.date($0))" } ?? ""
        let intro = ["What you could get at your normal pension date\(date), if you stay in your job on the same pay.",
                     input.seeNotes(["b", "e", "q", "s"])].compactMap { $0 }.joined(separator: " ")
        return StatementSectionView("projection", heading: "Your benefits at normal pension age", paragraphs: [intro],
                                    tables: [
            StatementTable.items("projection-table", caption: "Your pension and lump sum at normal pension age", rows),
            projectionMadeUp(input),
        ]).nonEmpty
    }

    /// "Projection to NPA – supporting data": the final salary lines, the extra pension bought by NPA and the
    /// total CARE pension.
    static func projectionMadeUp(_ input: PageInput) -> StatementTable? {
        let row = input.row, s = StatementSection.projectionSupportingData
        var rows = finalSalaryTable(input, section: s, id: "unused", caption: "").map { table in
            TableRows(rows: table.rows)
        } ?? TableRows()
        rows.add("Total additional pension bought or awarded by normal pension age",
                 row.positive("Total APC purchased / awarded at NPA (inc revaluation to date)", s).map(StatementFormat.money))
        rows.add("Total CARE pension", row.money("Total CARE pension", s).map(StatementFormat.money))
        return StatementTable.items("projection-made-up-table", caption: "How your pension at normal pension age is made up", rows)
    }
}
