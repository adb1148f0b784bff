extension MemberCalculator {
    /// The final salary part of a survivor's pension: the survivor's pension rule run on the final pay and the
    /// counted pre-2014 membership alone (no CARE pension, transfers in, prospective enhancement or survivor
    /// guarantee amount), so the part is the rule's own rounded "Final salary part" and the rest of the pension
    /// is the CARE part. Its working is not added to the calculation's (the whole pension's working shows it).
    /// - Legislation: SI 2013/2356 reg. 41(4); SI 2014/525 Sch. 1; LGA guide Part 2 Table 1, "Final salary
    ///   survivor pension" [seed 001].
    func finalSalarySurvivorPart(_ bases: DeathBenefitBases, survivor: SurvivorKind,
                                 dateOfDeath: CalendarDate) throws -> Money {
        let finalSalaryOnly = DeathBenefitBases(finalPay: bases.finalPay, membership: bases.membership,
                                                carePension: .zero, circumstance: .deferredMember)
        return try survivorPension(finalSalaryOnly, survivor: survivor, dateOfDeath: dateOfDeath,
                                   fractions: parameters.survivors).value
    }
}
