import LGPSRules

extension StatementNotes {
    /// Part 3 (e): member and survivor CARE benefits include revaluation up to the start of the Scheme year only;
    /// a projection is based on the year's pensionable pay (an annual rate for a mid-year joiner) and the section
    /// on 31 March with pay constant to NPA and no future revaluation; assumed pensionable pay for sickness or
    /// child-related leave is included in the pay (Disc2013). A pension credit member gets
    /// `pensionCreditIncreases` under this letter.
    /// - Source: LGA annual benefit statements guide, Part 3 (e) [seed 001]; SI 2013/2356 regs. 21, 23–24;
    ///   SI 2013/2734 Sch. 5 para 5.
    static func careRevaluation(_ facts: NoteFacts) -> StatementNote? {
        if facts.kind == .pensionCredit { return pensionCreditIncreases(facts) }
        guard facts.isActive, let care = facts.row.money("Total CARE pension at 31 March 20xx", .benefitsSupportingData)
        else { return nil }
        let start = "April \(facts.year.startYear)"
        var paragraphs = [
            "Your career average (CARE) pension at \(facts.statementDay) is \(StatementFormat.yearly(care)). It "
                + "includes revaluation up to \(start) only. The pension you built up in the year to "
                + "\(facts.statementDay) will be revalued from April \(facts.year.end.year). The same applies to "
                + "the CARE part of any survivor's pension.",
        ]
        let pay = facts.row.money("Pensionable pay for year ending 31 March 20xx", .personalDetails)
        if let pay, facts.row.text("Annual pension at NPA (after divorce/AA debit)", .projectionToNPA) != nil {
            var projection = "The projection to your normal pension age is based on your pensionable pay of "
                + "\(StatementFormat.money(pay)) for the year to \(facts.statementDay)"
            if facts.record.pensionableStart > facts.year.start {
                projection += ", turned into a full year's pay because you joined during the year"
            }
            let section = facts.sectionName.map { ", and on you staying in the \($0)" } ?? ""
            paragraphs.append(projection + section + ". It assumes your pay stays the same until your normal pension "
                + "age and does not allow for future pay rises or future revaluation.")
        }
        if let assumed = facts.careYear?.assumedPensionablePay, assumed > .zero {
            paragraphs.append("You were on reduced or no pay because of sickness or child-related leave for part of "
                + "the year. Your pensionable pay includes \(StatementFormat.money(assumed)) of assumed pensionable "
                + "pay for that time, so your pension is not reduced.")
        }
        return StatementNote(letter: "e", title: "Your career average (CARE) pension", paragraphs: paragraphs)
    }
}
