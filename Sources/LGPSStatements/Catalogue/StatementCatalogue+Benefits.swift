extension StatementCatalogue {
    /// Part 2 Table 1, "Benefits at 31 March": what the member built up to 31 March, payable at NPA (Sch. 5
    /// para 2(a)); pension figures include the estimated final guarantee amount, survivor figures the survivor
    /// guarantee amount; deductions are compulsory (Sch. 5 para 6).
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 [seed 001]; SI 2013/2734 Sch. 5 paras 2, 6.
    static let benefitsAt31March: [StatementItem] = [
        .init("Annual pension at 31 March 20xx (before divorce or Annual Allowance (AA) debit applied)",
              .benefitsAt31March, .optional, yellow: true),
        .init("Automatic tax free lump sum at 31 March 20xx (before divorce debit applied)", .benefitsAt31March, .optional),
        .init("Annual survivor's pension", .benefitsAt31March, .optional, grey: true),
        .init("Divorce debit to pension", .benefitsAt31March, .compulsory),
        .init("Divorce debit to lump sum", .benefitsAt31March, .compulsory),
        .init("Annual Allowance Scheme pays debit", .benefitsAt31March, .compulsory),
        .init("Divorce debit to survivor pension", .benefitsAt31March, .compulsory),
        .init("Annual pension at 31 March 20xx", .benefitsAt31March, .compulsory, yellow: true),
        .init("Automatic tax free lump sum at 31 March 20xx", .benefitsAt31March, .compulsory),
        .init("Survivor pension at 31 March 20xx", .benefitsAt31March, .compulsory, grey: true),
        .init("Reduced pension at 31 March 20xx if maximum lump sum option taken", .benefitsAt31March, .optional,
              yellow: true),
        .init("Increased tax free lump sum at 31 March 20xx if maximum lump sum option taken", .benefitsAt31March,
              .optional, yellow: true),
    ]

    /// Part 2 Table 1, the figures "Only to be provided for a member who was between age 55 and NPA on
    /// 31 March 20xx": benefits payable on 31 March after early payment reduction. A fund choice
    /// (`StatementSettings.quoteReducedBenefits`); Part 3 (o).
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 3 (o) [seed 001].
    static let reducedBenefits: [StatementItem] = [
        .init("Annual pension at 31 March 20xx", .reducedBenefits, .optional, yellow: true),
        .init("Automatic tax free lump sum at 31 March 20xx", .reducedBenefits, .optional),
        .init("Reduced pension at 31 March 20xx if maximum lump sum option taken", .reducedBenefits, .optional,
              yellow: true),
        .init("Increased tax free lump sum at 31 March 20xx if maximum lump sum option taken", .reducedBenefits,
              .optional, yellow: true),
    ]

    /// Part 2 Table 1, "Benefits at 31 March – supporting data": how the figures at 31 March are made up, before
    /// any adjustment for early or late retirement or deduction of a debit.
    /// - Source: LGA annual benefit statements guide, Part 2 Table 1 [seed 001].
    static let benefitsSupportingData: [StatementItem] = finalSalaryBreakdown(.benefitsSupportingData) + [
        .init("CARE pension at 31 March previous year", .benefitsSupportingData, .optional),
        .init("Revaluation amount 1 April previous year", .benefitsSupportingData, .optional),
        .init("CARE pay in year main section", .benefitsSupportingData, .optional),
        .init("CARE pension in year main section", .benefitsSupportingData, .optional),
        .init("CARE pay in year 50/50 section", .benefitsSupportingData, .optional),
        .init("CARE pension in year 50/50 section", .benefitsSupportingData, .optional),
        .init("APC bought / awarded in year", .benefitsSupportingData, .optional),
        .init("CARE transfer in completed in year", .benefitsSupportingData, .optional),
        .init("Total CARE build-up in year", .benefitsSupportingData, .optional),
        .init("Total APC purchased / awarded (inc revaluation to 31/03/20xx)", .benefitsSupportingData, .optional),
        .init("Total CARE pension at 31 March 20xx", .benefitsSupportingData, .optional),
        .init("Final salary survivor pension", .benefitsSupportingData, .optional),
        .init("CARE survivor pension", .benefitsSupportingData, .optional, grey: true),
    ]

    /// The final-salary lines both sets of supporting data share, in the guide's order.
    static func finalSalaryBreakdown(_ section: StatementSection) -> [StatementItem] {
        [
            "80ths service", "Added years purchased (80ths)", "80ths pension", "60ths service",
            "Added years purchased (60ths)",
            "60ths pension", "ARC purchased (inc PI to 31/03/20xx)",
            "Total FS service", "Total final salary pension", "Automatic lump sum",
        ].map { StatementItem($0, section, .optional) }
    }
}
