import LGPSRules

extension StatementExtractor {
    /// Whether the fund uses the 2025 discretion for this estimate's record and the member is protected.
    func discretionApplies(_ estimate: BenefitEstimate) -> Bool {
        estimate.underpin.isProtected && settings.underpinNotReflected.contains(estimate.recordID)
    }

    /// `estimate` as the statement quotes it: unchanged, or, where the fund uses its discretion not to reflect
    /// underpin protection, without the final guarantee amount in the pension (the lump sum option worked out
    /// again) and without the survivor guarantee amount in the survivor's pension.
    /// - Source: LGA guide Part 2A ("a discretion that would allow administering authorities not to reflect
    ///   underpin protection in 2025 statements") and Part 3 (y) [seed 001].
    func reflecting(_ estimate: BenefitEstimate) -> BenefitEstimate {
        guard discretionApplies(estimate) else { return estimate }
        var result = estimate
        result.lines.removeAll { $0.kind == .finalGuaranteeAmount }
        result.payable.pension -= estimate.underpin.finalGuaranteeAmount
        let option = commuted(pension: result.payable.pension, lumpSum: result.payable.lumpSum,
                              on: estimate.retirementDate)
        result.payable.maximumLumpSum = option.lumpSum
        result.payable.residualPension = option.pension
        result.death.survivorPension = estimate.death.survivorPension.map { $0 - estimate.underpin.survivorGuaranteeAmount }
        return result
    }

    /// The most lump sum and the pension left for `pension` and `lumpSum` paid from `date`, by the engine's own
    /// commutation rule (no commutation before the commutation terms begin, as the engine does).
    /// - Legislation: SI 2013/2356 reg. 33; Finance Act 2004 Sch. 29 para 2 (the 25% limit).
    func commuted(pension: Money, lumpSum: Money, on date: CalendarDate) -> (pension: Money, lumpSum: Money) {
        guard let first = calculator.parameters.commutation.entries.first, date >= first.effective,
              let result = try? maximumCommutation(pension: pension, automaticLumpSum: lumpSum, on: date,
                                                   terms: calculator.parameters.commutation).value
        else { return (pension, lumpSum) }
        return (result.residualPension, result.totalLumpSum)
    }

    /// Part 3 (u) and (y): whether the member is protected, and whether the discretion was used.
    func mcCloud(_ estimate: BenefitEstimate, into row: inout ExtractRow) {
        row.set("Protected by the McCloud remedy", .mcCloudRemedy, ExtractFormat.yesNo(estimate.underpin.isProtected))
        row.set("Underpin protection not reflected (2025 discretion)", .mcCloudRemedy,
                ExtractFormat.yesNo(discretionApplies(estimate)))
    }

    /// Part 2A: the underpin figures the engine gives, under the heading for the member's age against the 2008
    /// Scheme NPA on 31 March: provisional, final (each side adjusted for age at the retirement date quoted) and
    /// the guarantee amounts. For members over that NPA the provisional amounts are those at the underpin date, and
    /// the "revalued to 31 March" items are the engine's amounts carried from the underpin date to 31 March (the
    /// assumed benefits by revaluation and pensions increase, the underpin amount by pensions increase), from which
    /// the final amounts and the guarantee amounts are worked out. All blank when not protected or not reflected.
    /// - Source: LGA guide Part 2A [seed 001]; SI 2014/525 regs. 4A–4U (draft reg. 4(13)–(16), seed 003 Annex B).
    func underpinItems(_ estimate: BenefitEstimate, statementDate: CalendarDate, into row: inout ExtractRow) {
        let underpin = estimate.underpin
        guard underpin.isProtected, !discretionApplies(estimate) else { return }
        if statementDate < estimate.ages.normalPensionAge2008 {
            let section = StatementSection.underpinUnder2008NPA
            row.set("Estimated provisional assumed benefits", section, money: underpin.provisionalAssumedBenefits)
            row.set("Estimated provisional underpin amount", section, money: underpin.provisionalUnderpinAmount)
            row.set("Estimated final assumed benefits", section, money: underpin.finalAssumedBenefits)
            row.set("Estimated final underpin amount", section, money: underpin.finalUnderpinAmount)
            row.set("Estimated final guarantee amount", section, money: underpin.finalGuaranteeAmount)
            row.set("Estimated survivor guarantee amount", section, money: underpin.survivorGuaranteeAmount)
        } else {
            let section = StatementSection.underpinOver2008NPA
            row.set("Provisional assumed benefits", section, money: underpin.provisionalAssumedBenefits)
            row.set("Provisional underpin amount", section, money: underpin.provisionalUnderpinAmount)
            row.set("Revalued assumed benefits to 31 March 20xx", section, money: underpin.revaluedAssumedBenefits)
            row.set("Revalued underpin amount to 31 March 20xx", section, money: underpin.revaluedUnderpinAmount)
            row.set("Estimated final assumed benefits", section, money: underpin.finalAssumedBenefits)
            row.set("Estimated final underpin amount", section, money: underpin.finalUnderpinAmount)
            row.set("Estimated final guarantee amount", section, money: underpin.finalGuaranteeAmount)
            row.set("Estimated survivor guarantee amount", section, money: underpin.survivorGuaranteeAmount)
        }
    }
}
