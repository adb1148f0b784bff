import LGPSRules

extension StatementNotes {
    /// Part 3 (e) for a pension credit member (Part 4): how the pension credit grows. The amount credited on the
    /// transfer day has been increased each year by pensions increase, in line with the cost of living, to the
    /// amount at 31 March, and keeps increasing while it is held and once it is paid.
    /// - Source: LGA annual benefit statements guide, Part 3 (e) and Part 4 [seed 001]; Pensions (Increase) Act
    ///   1971 s. 1; Kent Pension Fund and Shropshire County Pension Fund pension credit pages.
    static func pensionCreditIncreases(_ facts: NoteFacts) -> StatementNote? {
        guard let credit = facts.pensionCredit,
              let now = facts.row.money("Annual pension at 31 March 20xx", .deferredBenefits) else { return nil }
        return StatementNote(letter: "e", title: "How your pension credit increases", paragraphs: [
            "Your pension credit was \(StatementFormat.yearly(credit.annualAmount)) when your pension sharing order "
                + "took effect on \(StatementFormat.date(credit.transferDay)). Pensions increases, in line with the cost "
                + "of living, make it \(StatementFormat.yearly(now)) at \(facts.statementDay).",
            "It will go on increasing each April in line with the cost of living while we hold it, and after it is "
                + "paid to you.",
        ])
    }
}
