/// The estimate as plain text for `lgps calc`: the figures, then the working step by step.
extension BenefitEstimate {
    public var report: String {
        var out: [String] = []
        out.append("Record \(recordID): benefits built up to \(calculationDate.longUK), paid from \(retirementDate.longUK)")
        out.append("State Pension age \(ages.statePensionAge.longUK); normal pension age \(ages.normalPensionAge.longUK)"
                   + " (2008 Scheme: \(ages.normalPensionAge2008.longUK))")
        out.append("")
        for line in lines {
            out.append("  \(line.label): pension \(line.pension)" + (line.lumpSum == .zero ? "" : ", lump sum \(line.lumpSum)"))
        }
        out.append("  Total built up: pension \(accruedPension) a year, automatic lump sum \(accruedLumpSum)")
        out.append("")
        out.append("Payable from \(retirementDate.longUK): pension \(payable.pension) a year, lump sum \(payable.lumpSum)"
                   + " (\(payable.adjustment))")
        out.append("  Or take up to \(payable.maximumLumpSum) lump sum and a pension of \(payable.residualPension) a year")
        out.append("Death grant \(death.deathGrant)" + (death.survivorPension.map { "; survivor's pension \($0) a year" } ?? "")
                   + " (\(death.basis))")
        out.append("McCloud underpin: \(underpin.reason)")
        if underpin.isProtected {
            out.append("  Provisional assumed benefits \(underpin.provisionalAssumedBenefits), provisional underpin amount "
                       + "\(underpin.provisionalUnderpinAmount), provisional guarantee \(underpin.provisionalGuaranteeAmount)")
            out.append("  Final guarantee amount \(underpin.finalGuaranteeAmount), survivor guarantee amount "
                       + "\(underpin.survivorGuaranteeAmount)")
        }
        for warning in warnings { out.append("Note: \(warning)") }
        out.append("")
        out.append("Working:")
        for (index, step) in steps.enumerated() {
            out.append("\(index + 1). \(step.title) = \(step.result.text)")
            if !step.inputs.isEmpty {
                out.append("     " + step.inputs.map { "\($0.label) \($0.value.text)" }.joined(separator: "; "))
            }
            var source = "     " + step.regulation
            if let p = step.parameter {
                source += "; \(p.name) = \(p.value.text) from \(p.effective.longUK) (\(p.reference.title))"
                if p.verification != .verified { source += " [\(p.verification.rawValue)]" }
            }
            out.append(source)
            if let note = step.note { out.append("     \(note)") }
        }
        return out.joined(separator: "\n")
    }
}
