extension MemberCalculator {
    /// Benefits payable from the retirement date: final-salary lines and ARC pension (a 2008 Scheme benefit, which
    /// takes the late retirement increase at NPA, seed 001 Part 2 Table 1) adjusted by the final-salary factor (from
    /// the 2008 Scheme NPA), the CARE line by the CARE factor (from the 2014 Scheme NPA), the final guarantee
    /// amount with no adjustment (reg. 30(12B)); then the most lump sum available by commutation. Each adjusted
    /// amount is rounded to the nearest penny. Final-salary lines of membership the rule of 85 protects take its
    /// factor instead (the 80ths always; the 60ths when protection runs past March 2014).
    /// - Legislation: SI 2013/2356 reg. 30(5), (6), (12B) and reg. 33; SI 2014/525 Sch. 2; GAD guidance.
    func payableBenefits(_ lines: [BenefitLine], factors: TrancheFactors, ruleOf85: RuleOf85Adjustment? = nil,
                         retirementDate: CalendarDate, working: inout Working) throws -> PayableBenefits {
        let finalSalaryEnd = try parameters.finalSalary.value(on: retirementDate).finalSalaryEnd
        var pension = Money.zero
        var lumpSum = Money.zero
        for line in lines {
            let factor: RetirementFactor
            switch line.kind {
            case .pre2008: factor = ruleOf85?.factor ?? factors.finalSalary
            case .from2008:
                factor = ruleOf85.flatMap { $0.protectedTo >= finalSalaryEnd ? $0.factor : nil } ?? factors.finalSalary
            case .care, .additionalPension: factor = factors.care
            case .arc: factor = factors.finalSalary
            case .finalGuaranteeAmount, .debit, .pensionCredit: factor = .none
            }
            let adjusted = Money.rounding(line.pension.exactly(times: factor.pension), .nearestPennyHalfUp)
            let adjustedLumpSum = Money.rounding(line.lumpSum.exactly(times: factor.lumpSum), .nearestPennyHalfUp)
            working.record(CalculationStep(title: "\(line.label), payable from \(retirementDate.longUK)",
                                           inputs: [.init("Built up", .money(line.pension)),
                                                    .init("Factor", .fraction(factor.pension))],
                                           result: .money(adjusted), regulation: "SI 2013/2356 reg. 30",
                                           note: "Rounded to the nearest penny."))
            pension += adjusted
            lumpSum += adjustedLumpSum
        }
        var maximumLumpSum = lumpSum
        var residual = pension
        if let first = parameters.commutation.entries.first, retirementDate >= first.effective {
            let commutation = working.include(try maximumCommutation(pension: pension, automaticLumpSum: lumpSum,
                                                                     on: retirementDate, terms: parameters.commutation))
            maximumLumpSum = commutation.totalLumpSum
            residual = commutation.residualPension
        }
        return PayableBenefits(pension: pension, lumpSum: lumpSum, maximumLumpSum: maximumLumpSum,
                               residualPension: residual,
                               adjustment: Self.describe(factors, kinds: Set(lines.map(\.kind)), ruleOf85: ruleOf85))
    }

    /// "No reduction or increase", "Reduced for payment before normal pension age (...)", in plain words.
    static func describe(_ factors: TrancheFactors, kinds: Set<BenefitLine.Kind>,
                         ruleOf85: RuleOf85Adjustment? = nil) -> String {
        func part(_ name: String, _ factor: Fraction, _ npa: CalendarDate) -> String? {
            if factor == .one { return nil }
            let change = Rate(factor < .one ? .one - factor : factor - .one)
            return "\(name) \(factor < .one ? "reduced" : "increased") by \(change.rounded) "
                + "(normal pension age \(npa.longUK))"
        }
        let care = kinds.contains(.care) ? part("career average pension", factors.care.pension, factors.careNPA) : nil
        let finalSalary = !kinds.isDisjoint(with: [.pre2008, .from2008, .arc])
            ? part("final-salary pension", factors.finalSalary.pension, factors.finalSalaryNPA) : nil
        let protected = ruleOf85.map { adjustment in
            "final-salary pension for membership to \(adjustment.protectedTo.longUK) protected by the rule of 85 ("
                + (adjustment.factor == .none ? "no reduction"
                   : "reduced by \(Rate(.one - adjustment.factor.pension).rounded)") + ")"
        }
        let parts = [care, finalSalary, protected].compactMap { $0 }
        return parts.isEmpty ? "no reduction or increase" : parts.joined(separator: "; ")
    }
}

extension Rate {
    /// The rate to two decimal places of a percent, for reading (`9.27%`); the exact rate is in the working.
    var rounded: String {
        let hundredths = Money.rounding(fraction * Fraction(10_000), .nearestPennyHalfUp).pence
        return Rate(basisPoints: hundredths).description
    }
}
