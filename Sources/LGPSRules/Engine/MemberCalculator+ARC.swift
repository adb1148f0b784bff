extension MemberCalculator {
    /// The ARC pension line: the additional pension the record credits by Scheme year, with pensions increases to
    /// the calculation date (`arcPension`). It is paid with the final-salary pension (from the 2008 Scheme NPA,
    /// with its late retirement increase at NPA; not the rule of 85 factor, which protects membership), counts in
    /// the pension a deferred or pensioner death grant is worked on (DERIVED: it is part of the deferred pension
    /// the reg. 43 multiple applies to; no worked example was found to check this against), and gives no
    /// survivor's pension (the record does not say whether a contract bought survivor cover, so none is assumed).
    /// A projection buys no more than the record holds.
    /// - Legislation: SI 2007/1166 reg. 14; SI 2014/525 Sch. 1; LGA guide Part 2 Table 1 "Annual pension at 31
    ///   March 20xx" and "Annual pension at NPA" (ARC with late retirement increase), Part 3 (i), (s) [seed 001].
    func arcLine(_ member: MemberRecord, calculationDate: CalendarDate, working: inout Working) throws -> BenefitLine? {
        guard member.careYears.contains(where: { $0.additionalRegularContributions != .zero }) else { return nil }
        let pension = working.include(try arcPension(credits: member.careYears, to: calculationDate,
                                                     pensionsIncrease: parameters.pensionsIncrease,
                                                     limit: parameters.additionalRegularContributionLimit))
        guard pension != .zero else { return nil }
        return BenefitLine(label: "Pension bought by additional regular contributions (ARC)", kind: .arc,
                           pension: pension, lumpSum: .zero)
    }
}
