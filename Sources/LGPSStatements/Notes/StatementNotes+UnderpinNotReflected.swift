import LGPSRules

extension StatementNotes {
    /// Part 3 (y) (2025 statements only): if the administering authority used its discretion not to reflect
    /// McCloud protection in the member's 2025 statement, the member is told. Part 4: the same for deferred
    /// members.
    /// - Source: LGA annual benefit statements guide, Part 3 (y), Part 2A and Part 4 [seed 001]; LGPS
    ///   (Information) Regulations 2024 (SI 2024/880).
    static func underpinNotReflected(_ facts: NoteFacts) -> StatementNote? {
        guard facts.kind != .pensionCredit, facts.year == facts.terms.underpinDiscretionYear,
              facts.row.isYes("Underpin protection not reflected (2025 discretion)", .mcCloudRemedy) else { return nil }
        return StatementNote(letter: "y", title: "Your McCloud protection is not yet shown", paragraphs: [
            "You are protected by the McCloud remedy, but we have decided not to include the effect of that "
                + "protection in the figures in this statement. Your protection still applies.",
            "We expect to include it in your statement at \(StatementFormat.date(facts.year.next.end)).",
        ])
    }
}
