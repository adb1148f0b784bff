extension StatementCatalogue {
    /// The items of a pension credit member's extract. Reg. 89(1) requires the statement; Part 4 covers pension
    /// credit members only briefly and lists no items for them, so these are the Part 4 items that apply (the
    /// normal pension age and date, the pension at 31 March payable at normal pension age, the death grant) and
    /// the pension credit itself (the transfer day and the annual amount credited). Left out: the leaving date,
    /// the survivor's pension and guarantee amounts (a pension credit pays no survivor's pension), and the McCloud
    /// items (a pension credit member has no membership of their own in the remedy period). Under the Part 4
    /// heading `deferredBenefits`, which covers deferred and pension credit members, so dashboards and the portal
    /// read the pension from the same column.
    /// - Source: LGA annual benefit statements guide, Part 4 [seed 001]; SI 2013/2356 reg. 89(1); lgpsmember.org
    ///   "Pension Credits in the LGPS" (no partner's or children's pensions).
    static let pensionCredit: [StatementItem] = personalDetails.filter { pensionCreditPersonal.contains($0.name) } + [
        .init("Transfer day", .deferredBenefits, .compulsory),
        .init("Annual pension credited at transfer day", .deferredBenefits, .optional),
        .init("Annual pension at 31 March 20xx", .deferredBenefits, .compulsory),
        .init("Lump sum death grant", .deferredBenefits, .optional),
    ]

    /// The personal details a pension credit extract keeps: the deferred set without the pensionable service
    /// start (a pension credit member has no service) and the partnership status used for survivor benefits.
    static let pensionCreditPersonal: Set<String> = deferredPersonal.subtracting([
        "Date pensionable service started", "Partnership status (used in calculation of survivor benefits)",
    ])
}
