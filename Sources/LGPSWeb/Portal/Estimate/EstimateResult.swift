import LGPSRules

/// The estimate at the chosen date as the page shows it: the engine's figures, the working in plain words, the
/// lump sum chosen and a table of lump sum choices (none, half the most, the most), each worked out at 12:1 by
/// `commutationForLumpSum`. Money is shown exactly as the rules round it.
struct EstimateResult {
    struct LumpSumRow { var choice: String; var lumpSum: String; var givenUp: String; var pensionLeft: String; var total: String }

    var heading: String
    var figures: [SummaryRow]
    var working: [String]
    var warnings: [String]
    var hasWarnings: Bool
    var chosen: [SummaryRow]
    var hasChosen: Bool
    var lumpSums: [LumpSumRow]
    var steps: [CalculationPage.Step]

    /// The most lump sum the member can take by giving up pension (beyond any automatic lump sum).
    static func mostByCommutation(_ estimate: BenefitEstimate) -> Money {
        max(.zero, estimate.payable.maximumLumpSum - estimate.payable.lumpSum)
    }

    /// The page's figures for `estimate`, with `lumpSum` (already checked against the most) taken.
    init(_ estimate: BenefitEstimate, choices: EstimateForm.Choices, isActive: Bool, today: CalendarDate,
         lumpSum: Money?, commutation: DatedSeries<CommutationTerms>) throws {
        let payable = estimate.payable
        let date = estimate.retirementDate.longUK
        let heading = "If you take your pension on \(date)"
        self.heading = heading
        figures = [SummaryRow(key: "Yearly pension", value: "\(payable.pension) a year"),
                   SummaryRow(key: "Automatic lump sum", value: payable.lumpSum.description),
                   SummaryRow(key: "Most lump sum you could take",
                              value: "\(payable.maximumLumpSum), leaving a pension of \(payable.residualPension) a year")]
        var working = ["Pension built up by \(date): \(estimate.accruedPension) a year."]
        working += estimate.lines.map { line in
            "\(line.label): \(line.pension) a year" + (line.lumpSum == .zero ? "." : " and a lump sum of \(line.lumpSum).")
        }
        if isActive {
            working.append("This assumes you keep paying in until \(date), with your pay going up by "
                           + "\(choices.payGrowth) a year from \(SchemeYear(containing: today).next.start.longUK), in the "
                           + "\(choices.section.label.lowercased()) from today.")
        } else {
            working.append("You have left the scheme, so no more pension builds up and your pay does not count.")
        }
        working.append("Your pension goes up each April with inflation: the published rates so far, then "
                       + "\(choices.inflation) a year.")
        working.append("Your normal pension age is \(estimate.ages.normalPensionAge.longUK). Taking your pension on "
                       + "\(date): \(payable.adjustment).")
        working.append("McCloud underpin: \(estimate.underpin.reason)."
                       + (estimate.underpin.finalGuaranteeAmount > .zero
                          ? " It adds \(estimate.underpin.finalGuaranteeAmount) a year." : ""))
        self.working = working
        warnings = estimate.warnings
        hasWarnings = !estimate.warnings.isEmpty
        steps = CalculationPage.column(id: "estimate", heading: heading, estimate).steps

        func trade(_ amount: Money) throws -> Commutation {
            try commutationForLumpSum(amount, pension: payable.pension, automaticLumpSum: payable.lumpSum,
                                      on: estimate.retirementDate, terms: commutation).value
        }
        let most = Self.mostByCommutation(estimate)
        let half = Money.rounding(Fraction(most.pence, 2), .downToPenny)
        let options: [(String, Money)] = [("None", .zero), ("Half the most", half), ("The most", most)]
        lumpSums = try options.map { label, amount -> LumpSumRow in
            let c = try trade(amount)
            return LumpSumRow(choice: label, lumpSum: c.commutationLumpSum.description,
                              givenUp: "\(c.commutedPension) a year", pensionLeft: "\(c.residualPension) a year",
                              total: c.totalLumpSum.description)
        }
        if let lumpSum {
            let c = try trade(lumpSum)
            chosen = [SummaryRow(key: "Lump sum you asked for", value: lumpSum.description),
                      SummaryRow(key: "Pension you give up (lump sum ÷ 12)", value: "\(c.commutedPension) a year"),
                      SummaryRow(key: "Lump sum paid for it", value: c.commutationLumpSum.description),
                      SummaryRow(key: "Pension left", value: "\(c.residualPension) a year"),
                      SummaryRow(key: "Total lump sum, with the automatic lump sum", value: c.totalLumpSum.description)]
        } else {
            chosen = []
        }
        hasChosen = !chosen.isEmpty
    }
}
