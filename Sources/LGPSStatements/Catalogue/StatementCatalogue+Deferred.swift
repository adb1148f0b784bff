extension StatementCatalogue {
    /// The items of a deferred or deferred pensioner member's extract (pension credit members have their own,
    /// `pensionCredit`). The guide "does not cover those statements in detail"; Part 4 asks for the normal pension
    /// age and date, any death grant, the annual pension including any final guarantee amount based on retirement
    /// at NPA, any survivor pension including the survivor guarantee amount, and whether the member is protected
    /// and the 2025 discretion used.
    /// - Source: LGA annual benefit statements guide, Part 4 [seed 001]; SI 2013/2356 reg. 89(1).
    static let deferred: [StatementItem] = personalDetails.filter { deferredPersonal.contains($0.name) } + [
        .init("Date of leaving", .deferredBenefits, .compulsory),
        .init("Annual pension at 31 March 20xx", .deferredBenefits, .compulsory, yellow: true),
        .init("Automatic tax free lump sum at 31 March 20xx", .deferredBenefits, .compulsory),
        .init("Survivor pension at 31 March 20xx", .deferredBenefits, .optional, grey: true),
        .init("Lump sum death grant", .deferredBenefits, .optional),
        .init("Estimated final guarantee amount", .deferredBenefits, .optional),
        .init("Estimated survivor guarantee amount", .deferredBenefits, .optional),
    ] + mcCloudRemedy

    /// The personal details a deferred extract keeps (no pay, section or job title: the member has left).
    static let deferredPersonal: Set<String> = [
        "Title", "Initials", "First name(s)", "Surname", "Address 1", "Address 2", "Address 3", "Address 4",
        "Address 5", "Post code", "Date of birth", "NI number", "Reference number", "Other posts (reference numbers)",
        "Email address", "Normal Pension Age", "Normal pension date", "Partnership status (used in calculation of survivor benefits)",
        "Date pensionable service started",
    ]
}
