extension StatementCatalogue {
    /// Part 2 Table 1, "Projection to NPA": benefits if the member stays to NPA on the same pay. The dashboards'
    /// projected value makes the pension and lump sum after debits compulsory; the pension figures include the
    /// estimated final guarantee amount, survivor figures the survivor guarantee amount.
    /// - Source: LGA annual benefit statements guide, Part 1 and Part 2 Table 1 [seed 001]; SI 2022/1220 Sch. 3.
    static let projectionToNPA: [StatementItem] = [
        .init("Annual pension at NPA (before divorce or AA debit applied)", .projectionToNPA, .optional, yellow: true),
        .init("Automatic tax free lump sum at NPA (before divorce debit applied)", .projectionToNPA, .optional),
        .init("Pension divorce debit", .projectionToNPA, .optional),
        .init("Pension lump sum debit", .projectionToNPA, .optional),
        .init("Annual Allowance Scheme pays debit", .projectionToNPA, .optional),
        .init("Annual pension at NPA (after divorce/AA debit)", .projectionToNPA, .compulsory, yellow: true),
        .init("Automatic tax free lump sum at NPA (after divorce debit)", .projectionToNPA, .compulsory),
        .init("Survivor pension (before divorce debit)", .projectionToNPA, .optional, grey: true),
        .init("Divorce debit to survivor pension", .projectionToNPA, .optional),
        .init("Survivor pension (after divorce debit)", .projectionToNPA, .optional, grey: true),
    ]

    /// Part 2 Table 1, "Projection to NPA – supporting data".
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 [seed 001].
    static let projectionSupportingData: [StatementItem] = finalSalaryBreakdown(.projectionSupportingData) + [
        .init("Total APC purchased / awarded at NPA (inc revaluation to date)", .projectionSupportingData, .optional),
        .init("Total CARE pension", .projectionSupportingData, .optional),
    ]

    /// Part 2 Table 1, the lifetime allowance figures: "based on benefits built up to 31 March 20xx, after any
    /// reduction for an AA Scheme Pays or divorce debit" (so based on figures including the guarantee amount).
    /// Left blank: the lifetime allowance was abolished from 6 April 2024, so there is no allowance to measure
    /// the benefits against.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 3 (r) [seed 001]; Finance Act 2024
    ///   (lifetime allowance abolished from 6 April 2024; reference/lgps-rules.md, "Lifetime allowance").
    static let lifetimeAllowance: [StatementItem] = [
        .init("LTA amount at 31 March 20xx", .lifetimeAllowance, .optional, yellow: true),
        .init("LTA percentage at 31 March 20xx", .lifetimeAllowance, .optional, yellow: true),
    ]

    /// Part 2 Table 1, "Service history": "the last ten lines of service history up to 31 March 2014" (the
    /// number is a fund choice, `StatementSettings.serviceHistoryLines`), as one item.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 3 (t) [seed 001].
    static let serviceHistory: [StatementItem] = [
        .init("Service history", .serviceHistory, .optional),
    ]
}
