import LGPSRules

extension StatementNotes {
    /// Part 3 (c) for a pension credit member (Part 4): the normal pension date shown, which Scheme's normal
    /// pension age applies (State Pension age, at least 65, for a pension sharing order that took effect from
    /// 1 April 2014, which may change if State Pension ages change; 65 for an earlier one), and that the pension
    /// credit can be taken from the earliest to the latest age, reduced if early (increased if late, for a 2014
    /// Scheme credit).
    /// - Source: LGA annual benefit statements guide, Part 3 (c) and Part 4 [seed 001]; SI 2013/2356 Sch. 1 and
    ///   reg. 30; Kent Pension Fund pension credit page (UNVERIFIED parameter `pension_credit/terms`).
    static func pensionCreditNormalPensionAge(_ facts: NoteFacts) -> StatementNote? {
        guard let credit = facts.pensionCredit, let date = facts.normalPensionDate else { return nil }
        let terms = facts.terms, from = StatementFormat.date(terms.pensionCreditSchemeAgeFrom)
        let age = facts.row.text("Normal Pension Age", .personalDetails).map { "normal pension age is \($0) and your " } ?? ""
        var first = "Your \(age)normal pension date is \(facts.isPensionCreditScheme2014 ? "currently " : "")"
            + "\(StatementFormat.date(date)). This is when you can take your pension credit in full, without a "
            + "reduction for early payment. "
        if facts.isPensionCreditScheme2014 {
            first += "Your pension sharing order took effect on \(StatementFormat.date(credit.transferDay)), on or "
                + "after \(from), so your normal pension age is your State Pension age, but not less than "
                + "\(terms.minimumNormalPensionAge). It will change if the Government changes State Pension ages."
        } else {
            first += "Your pension sharing order took effect on \(StatementFormat.date(credit.transferDay)), before "
                + "\(from), so your normal pension age is \(terms.finalSalaryNormalPensionAge)."
        }
        var range = "You can choose to take your pension credit at any time from age \(terms.earliestPaymentAge)"
        if let change = terms.earliestPaymentAgeChange {
            range += " (\(change.age) from \(StatementFormat.date(change.from)))"
        }
        range += " up to age \(terms.latestPaymentAge). If you take it before your normal pension age it will normally "
            + "be reduced" + (facts.isPensionCreditScheme2014
                ? ", and if you take it after your normal pension age it will be increased." : ".")
        return StatementNote(letter: "c", title: "Your normal pension age", paragraphs: [first, range])
    }
}
