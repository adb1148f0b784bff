import LGPSRules

extension StatementNotes {
    /// Part 3 (f): what to do if the member finds an error in their personal details or pay. Every statement
    /// shows personal details, so every member gets it; the pay sentence only where pay is shown.
    /// - Source: LGA annual benefit statements guide, Part 3 (f) and Part 2 Table 1 "Personal Details" [seed 001].
    static func errors(_ facts: NoteFacts) -> StatementNote {
        var paragraphs = [
            "Please check your personal details in this statement. If anything is wrong or out of date, contact us "
                + "as soon as possible using the details at the end of this statement.",
        ]
        if facts.row.text("Pensionable pay for year ending 31 March 20xx", .personalDetails) != nil {
            let employer = facts.row.text("Employer on 31 March 20xx", .personalDetails).map { ", \($0)," } ?? ""
            paragraphs.append("Your employer\(employer) tells us your pay. If your pay looks wrong, please tell "
                + "your employer as well as us.")
        }
        return StatementNote(letter: "f", title: "If something in this statement looks wrong", paragraphs: paragraphs)
    }
}
