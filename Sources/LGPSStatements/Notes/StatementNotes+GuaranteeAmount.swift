import LGPSRules

extension StatementNotes {
    /// Part 3 (w): where an estimated final guarantee amount (and survivor guarantee amount) is included in the
    /// member's (and survivor's) pension, the amount added, and that it is not guaranteed: the actual amount is
    /// worked out when the pension is taken and may be higher, lower or nothing. Part 4: the same for deferred
    /// members.
    /// - Source: LGA annual benefit statements guide, Part 3 (w), Part 2A and Part 4 [seed 001]; SI 2014/525
    ///   regs. 4A–4U.
    static func guaranteeAmount(_ facts: NoteFacts) -> StatementNote? {
        let sections: [StatementSection] = facts.isActive ? [.underpinUnder2008NPA, .underpinOver2008NPA] : [.deferredBenefits]
        let final = sections.lazy.compactMap { facts.row.positive("Estimated final guarantee amount", $0) }.first
        let survivor = sections.lazy.compactMap { facts.row.positive("Estimated survivor guarantee amount", $0) }.first
        guard facts.kind != .pensionCredit, final != nil || survivor != nil else { return nil }
        var added: [String] = []
        if let final { added.append("an estimated final guarantee amount of \(StatementFormat.yearly(final)) in your pension") }
        if let survivor {
            added.append("an estimated survivor guarantee amount of \(StatementFormat.yearly(survivor)) in the survivor's pension")
        }
        return StatementNote(letter: "w", title: "The amount added for your McCloud protection", paragraphs: [
            "Because you are protected by the McCloud remedy, we have included \(StatementFormat.list(added)).",
            "This addition is not guaranteed. The actual amount will be worked out when you take your pension. It may "
                + "be higher or lower than the amount shown, or nothing may be added at all.",
        ])
    }
}
