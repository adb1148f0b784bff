import LGPSRules

extension StatementNotes {
    /// Part 3 (h): the administering authority makes the final decision on who receives any death grant, taking
    /// the member's wishes into account; the member is told how to check and update their expression of wish.
    /// Given wherever a death grant is quoted.
    /// - Source: LGA annual benefit statements guide, Part 3 (h) [seed 001]; SI 2013/2356 regs. 40(2), 43(2).
    static func deathGrantDecision(_ facts: NoteFacts) -> StatementNote? {
        let section: StatementSection = facts.isActive ? .deathBenefits : .deferredBenefits
        guard facts.row.text("Lump sum death grant", section) != nil else { return nil }
        var paragraphs = [
            "We make the final decision about who receives any death grant. We will take your wishes into account, "
                + "so it is important to keep your expression of wish up to date.",
        ]
        if facts.subject.nominations.isEmpty {
            paragraphs.append("You have not told us who you would like the death grant to be paid to. You can do "
                + "this at any time by filling in an expression of wish form, which you can get from us.")
        } else {
            paragraphs.append("You can check and change who you would like the death grant to be paid to at any "
                + "time by contacting us.")
        }
        return StatementNote(letter: "h", title: "Who receives the death grant", paragraphs: paragraphs)
    }
}
