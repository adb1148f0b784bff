import LGPSRules

extension StatementExtractor {
    /// A deferred member's figures: the pension and lump sum built up, payable at NPA and including any final
    /// guarantee amount, the survivor's pension with the survivor guarantee amount, and the death grant.
    /// - Source: LGA guide Part 4 [seed 001].
    func deferredFigures(_ subject: StatementSubject, estimate: BenefitEstimate, into row: inout ExtractRow) {
        let s = StatementSection.deferredBenefits
        row.set("Date of leaving", s, date: subject.member.record.leftOn)
        row.set("Annual pension at 31 March 20xx", s, money: estimate.payable.pension)
        row.set("Automatic tax free lump sum at 31 March 20xx", s, money: estimate.payable.lumpSum)
        row.set("Survivor pension at 31 March 20xx", s, money: estimate.death.survivorPension)
        row.set("Lump sum death grant", s, money: estimate.death.deathGrant)
        guard estimate.underpin.isProtected, !discretionApplies(estimate) else { return }
        row.set("Estimated final guarantee amount", s, money: estimate.underpin.finalGuaranteeAmount)
        row.set("Estimated survivor guarantee amount", s, money: estimate.underpin.survivorGuaranteeAmount)
    }
}
