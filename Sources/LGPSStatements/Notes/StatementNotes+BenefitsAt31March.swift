import LGPSRules

extension StatementNotes {
    /// Part 3 (l): how the benefits at 31 March are worked out and when they are payable: built up to 31 March,
    /// payable from normal pension age; a late retirement increase is applied to the final salary benefits of a
    /// member whose normal pension age is over 65, and to all the benefits of a member over normal pension age
    /// on 31 March; the increase uses the factors in force now, which may change (Disc2013).
    /// - Source: LGA annual benefit statements guide, Part 3 (l) and Part 2 Table 1 "Benefits at 31 March"
    ///   [seed 001]; SI 2013/2734 Sch. 5 para 2(a).
    static func benefitsAt31March(_ facts: NoteFacts) -> StatementNote? {
        let b = StatementSection.benefitsAt31March
        guard facts.isActive, let pension = facts.row.money("Annual pension at 31 March 20xx", b) else { return nil }
        var first = "Your benefits at \(facts.statementDay) are the pension of \(StatementFormat.yearly(pension))"
        if let lumpSum = facts.row.positive("Automatic tax free lump sum at 31 March 20xx", b) {
            first += " and the tax-free lump sum of \(StatementFormat.money(lumpSum))"
        }
        first += " you had built up by that date, with no allowance for future pay or service."
        var paragraphs = [first]
        var lateIncrease: String?
        if facts.isOverNormalPensionAge {
            lateIncrease = "As you were over your normal pension age on \(facts.statementDay), a late retirement "
                + "increase has been added to all your benefits, as if you had retired on that date."
        } else if let date = facts.normalPensionDate {
            paragraphs[0] += " They would be payable in full from your normal pension date, \(StatementFormat.date(date))."
            let age = facts.terms.finalSalaryNormalPensionAge
            if facts.row.text("Total final salary pension", .benefitsSupportingData) != nil,
               date > facts.subject.person.dateOfBirth.adding(years: age) {
                lateIncrease = "Your final salary benefits are normally payable from age \(age). As your normal "
                    + "pension age is later, a late retirement increase has been added to them for the time from age "
                    + "\(age) to your normal pension age."
            }
        }
        if let lateIncrease {
            paragraphs += [lateIncrease, "Late retirement increases use the factors in force now. These may be "
                + "different when you take your benefits."]
        }
        return StatementNote(letter: "l", title: "Your benefits at \(facts.statementDay)", paragraphs: paragraphs)
    }
}
