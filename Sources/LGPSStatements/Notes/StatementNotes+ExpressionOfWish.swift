import LGPSRules

extension StatementNotes {
    /// Part 3 (j): the expression of wish details held, explaining that it tells the administering authority who
    /// the member would like any death grant paid to, that the authority keeps absolute discretion, and how to
    /// check and update it. Given when the member has made an expression of wish.
    /// - Source: LGA annual benefit statements guide, Part 3 (j) and Part 2 Table 1 "Expression of wish
    ///   details" [seed 001]; SI 2013/2356 regs. 40(2), 43(2).
    static func expressionOfWish(_ facts: NoteFacts) -> StatementNote? {
        let nominations = facts.subject.nominations
        guard !nominations.isEmpty else { return nil }
        let names = nominations.map { nomination in
            let relationship = nomination.relationship.isEmpty ? "" : " (\(nomination.relationship.lowercasedFirst))"
            return "\(nomination.name)\(relationship), \(nomination.share)"
        }
        return StatementNote(letter: "j", title: "Your expression of wish", paragraphs: [
            "An expression of wish lets you tell us who you would like any death grant to be paid to. You have told "
                + "us: \(StatementFormat.list(names)).",
            "We have absolute discretion over who receives the death grant, but we will take your wishes into account. "
                + "Please check these details and tell us if you want to change them.",
        ])
    }
}
