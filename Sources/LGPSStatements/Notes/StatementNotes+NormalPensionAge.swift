import LGPSRules

extension StatementNotes {
    /// Part 3 (c): what normal pension age means for this member, that it may change if State Pension age
    /// changes, that benefits can be taken from the earliest age (rising on the date set) to the latest, reduced
    /// or increased, and what is quoted if they were already over it on 31 March (Disc2013). Part 4: a deferred
    /// member is told their normal pension age is State Pension age (at least 65) and their date is currently the
    /// one shown. A pension credit member gets `pensionCreditNormalPensionAge`.
    /// - Source: LGA annual benefit statements guide, Part 3 (c) and Part 4 [seed 001]; SI 2013/2356 Sch. 1 and
    ///   reg. 30; Finance Act 2022 s. 10.
    static func normalPensionAge(_ facts: NoteFacts) -> StatementNote? {
        if facts.kind == .pensionCredit { return pensionCreditNormalPensionAge(facts) }
        guard let date = facts.normalPensionDate else { return nil }
        let terms = facts.terms
        let age = facts.row.text("Normal Pension Age", .personalDetails).map { "normal pension age is \($0) and your " } ?? ""
        var paragraphs = [
            "Your \(age)normal pension date is \(StatementFormat.date(date)). This is when you can take your pension "
                + "in full, without a reduction for early payment. For benefits built up from "
                + "\(StatementFormat.date(terms.careSchemeStart)) it is your State Pension age, but not less than "
                + "\(terms.minimumNormalPensionAge). It will change if the Government changes State Pension ages.",
        ]
        var range = "You can choose to take your pension at any time from age \(terms.earliestPaymentAge)"
        if let change = terms.earliestPaymentAgeChange {
            range += " (\(change.age) from \(StatementFormat.date(change.from)))"
        }
        paragraphs.append(range + " up to age \(terms.latestPaymentAge). If you take it before your normal pension age "
            + "it will normally be reduced, and if you take it after your normal pension age it will be increased.")
        if facts.isActive && facts.isOverNormalPensionAge {
            paragraphs.append("You were already over your normal pension age on \(facts.statementDay). Your benefits "
                + "at \(facts.statementDay) include the late retirement increase that would have applied if you had "
                + "retired on that date.")
        }
        return StatementNote(letter: "c", title: "Your normal pension age", paragraphs: paragraphs)
    }
}
