import LGPSRules

extension StatementExtractor {
    /// "Death benefits" supporting items: the assumed pensionable pay the engine's death in service grant is 3
    /// times (blank when the grant is not worked out from pay), and the survivor's pension split into its final
    /// salary and CARE parts.
    /// - Source: LGA guide Part 2 Table 1, "APP used in death grant calculation", "Final salary survivor
    ///   pension", "CARE survivor pension" [seed 001]; SI 2013/2356 regs. 40, 41(4).
    func deathBreakdown(_ death: DeathBenefits, into row: inout ExtractRow) {
        let d = StatementSection.deathBenefits
        row.set("APP used in death grant calculation", d, money: death.assumedPensionablePay)
        survivorParts(death, section: d, into: &row)
    }

    /// The survivor's pension in `death` split as the engine works it: the final salary part (1/160 × final pay ×
    /// counted membership; blank with no final salary membership) and the CARE part (the rest, so with any
    /// prospective enhancement and survivor guarantee amount, as the guide's "including any estimated survivor
    /// guarantee amount" asks), before any divorce debit. Both blank when no survivor's pension is quoted.
    /// - Source: LGA guide Part 2 Table 1, "Final salary survivor pension" and "CARE survivor pension" under
    ///   "Death benefits" and "Benefits at 31 March – supporting data" [seed 001]; SI 2013/2356 reg. 41(4).
    func survivorParts(_ death: DeathBenefits, section: StatementSection, into row: inout ExtractRow) {
        row.set("Final salary survivor pension", section, money: death.finalSalarySurvivorPension)
        row.set("CARE survivor pension", section, money: death.careSurvivorPension)
    }
}
