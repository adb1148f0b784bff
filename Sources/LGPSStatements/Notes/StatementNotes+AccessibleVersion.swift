import LGPSRules

extension StatementNotes {
    /// Part 3 (z): where the statement is provided online, the member is told how to get a version that meets
    /// their needs; Directions 2014 para 4 adds a free paper copy on request. Given to members who receive their
    /// statements online (their recorded digital preference).
    /// - Source: LGA annual benefit statements guide, Part 3 (z) [seed 001]; Public Service Pensions
    ///   (Information about Benefits) Directions 2014 paras 4–5.
    static func accessibleVersion(_ facts: NoteFacts) -> StatementNote? {
        guard facts.subject.person.digitalPreference.choice == .online else { return nil }
        return StatementNote(letter: "z", title: "Getting this statement in another format", paragraphs: [
            "We have made this statement available to you online. You can save or print it.",
            "If you would like a paper copy, we will send you one free of charge. If you need the statement in another "
                + "format, such as large print, braille, audio or easy read, contact us and tell us what you need.",
        ])
    }
}
