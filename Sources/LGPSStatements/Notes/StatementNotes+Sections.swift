import LGPSRules

extension StatementNotes {
    /// Part 3 (b): the Scheme has two sections, the main and the 50/50; the note says which section the member
    /// was in on 31 March and that the projection to normal pension age is based on it (Disc2013). Active
    /// statements only (a deferred member is in neither section).
    /// - Source: LGA annual benefit statements guide, Part 3 (b) [seed 001]; SI 2013/2356 reg. 10;
    ///   SI 2013/2734 Sch. 5 para 5.
    static func sections(_ facts: NoteFacts) -> StatementNote? {
        guard facts.isActive, let section = facts.sectionName else { return nil }
        var paragraphs = [
            "The LGPS has two sections: the main section and the 50/50 section. In the 50/50 section you pay half "
                + "your normal contributions and build up half the pension, but keep the full cover for ill health "
                + "and death.",
            "On \(facts.statementDay) you were in the \(section).",
        ]
        if facts.row.text("Annual pension at NPA (after divorce/AA debit)", .projectionToNPA) != nil {
            paragraphs[1] += " Your benefits projected to your normal pension age assume you stay in the \(section)."
        }
        if facts.row.text("Section of scheme on 31 March 20xx", .personalDetails) == Section.fiftyFifty.label {
            paragraphs.append("You can ask your employer to move you back to the main section at any time.")
        }
        return StatementNote(letter: "b", title: "The main and 50/50 sections", paragraphs: paragraphs)
    }
}
