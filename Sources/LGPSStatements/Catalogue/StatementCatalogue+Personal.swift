extension StatementCatalogue {
    /// Part 2 Table 1, "Personal Details". Name and address lines are for distribution; the NI number "must be
    /// included in the data extract for matching purposes"; the email address is "for distribution purposes".
    /// "Other posts (reference numbers)" carries Part 3 (a): how a member with more than one post can tell
    /// which statement is for which post.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 3 (a) [seed 001].
    static let personalDetails: [StatementItem] = [
        .init("Title", .personalDetails, .distribution),
        .init("Initials", .personalDetails, .distribution),
        .init("First name(s)", .personalDetails, .distribution),
        .init("Surname", .personalDetails, .distribution),
        .init("Address 1", .personalDetails, .distribution),
        .init("Address 2", .personalDetails, .distribution),
        .init("Address 3", .personalDetails, .distribution),
        .init("Address 4", .personalDetails, .distribution),
        .init("Address 5", .personalDetails, .distribution),
        .init("Post code", .personalDetails, .distribution),
        .init("Date of birth", .personalDetails, .optional),
        .init("NI number", .personalDetails, .distribution),
        .init("Payroll number", .personalDetails, .distribution),
        .init("Reference number", .personalDetails, .distribution),
        .init("Other posts (reference numbers)", .personalDetails, .distribution),
        .init("Employer on 31 March 20xx", .personalDetails, .optional),
        .init("Job title", .personalDetails, .optional),
        .init("Email address", .personalDetails, .distribution),
        .init("Section of scheme on 31 March 20xx", .personalDetails, .compulsory),
        .init("Normal Pension Age", .personalDetails, .compulsory),
        .init("Normal pension date", .personalDetails, .optional),
        .init("Partnership status (recorded)", .personalDetails, .optional),
        .init("Partnership status (used in calculation of survivor benefits)", .personalDetails, .compulsory),
        .init("Pensionable pay for year ending 31 March 20xx", .personalDetails, .compulsory),
        .init("Final salary pay for year ending 31 March 20xx", .personalDetails, .optional),
        .init("Date pensionable service started", .personalDetails, .compulsory),
    ]

    /// Part 2 Table 1, "Death benefits": the death grant and survivor's pension if the member had died on
    /// 31 March (Sch. 5 para 1 makes them compulsory); survivor figures include the survivor guarantee amount.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 [seed 001]; SI 2013/2734 Sch. 5 para 1.
    static let deathBenefits: [StatementItem] = [
        .init("Lump sum death grant", .deathBenefits, .compulsory),
        .init("APP used in death grant calculation", .deathBenefits, .optional),
        .init("Annual survivor's pension (before debit applied)", .deathBenefits, .optional, grey: true),
        .init("Divorce debit to survivor’s pension", .deathBenefits, .optional),
        .init("Annual survivor’s pension", .deathBenefits, .compulsory, grey: true),
        .init("Final salary survivor pension", .deathBenefits, .optional),
        .init("CARE survivor pension", .deathBenefits, .optional, grey: true),
        .init("Expression of wish details", .deathBenefits, .optional),
    ]
}
