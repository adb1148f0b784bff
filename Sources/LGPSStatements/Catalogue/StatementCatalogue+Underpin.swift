extension StatementCatalogue {
    /// Part 2A, "Members protected by the underpin and under 2008 Scheme NPA on 31 March 20xx": the data needed to
    /// work out the guarantee amounts, which a fund may choose to quote.
    /// - Source: LGA annual benefit statements guide, Part 2A [seed 001]; SI 2014/525 regs. 4A–4U.
    static let underpinUnder2008NPA: [StatementItem] = [
        "Estimated provisional assumed benefits", "Estimated provisional underpin amount",
        "Estimated final assumed benefits", "Estimated final underpin amount", "Estimated final guarantee amount",
        "Estimated survivor guarantee amount",
    ].map { StatementItem($0, .underpinUnder2008NPA, .optional) }

    /// Part 2A, "Members protected by the underpin and over 2008 Scheme NPA on 31 March 20xx".
    /// - Source: LGA annual benefit statements guide, Part 2A [seed 001]; SI 2014/525 regs. 4A–4U.
    static let underpinOver2008NPA: [StatementItem] = [
        "Provisional assumed benefits", "Provisional underpin amount", "Revalued assumed benefits to 31 March 20xx",
        "Revalued underpin amount to 31 March 20xx", "Estimated final assumed benefits",
        "Estimated final underpin amount", "Estimated final guarantee amount", "Estimated survivor guarantee amount",
    ].map { StatementItem($0, .underpinOver2008NPA, .optional) }

    /// Part 3 (u) "Whether the member is protected by the McCloud remedy" and (y) whether the fund used its
    /// discretion not to reflect the protection in the 2025 statement; both are things the notes must say.
    /// - Source: LGA annual benefit statements guide, Part 3 (u), (y) and Part 4 [seed 001].
    static let mcCloudRemedy: [StatementItem] = [
        .init("Protected by the McCloud remedy", .mcCloudRemedy, .compulsory),
        .init("Underpin protection not reflected (2025 discretion)", .mcCloudRemedy, .compulsory),
    ]
}
