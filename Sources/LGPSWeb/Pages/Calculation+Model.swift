import LGPSRules

/// The record's "Calculate" page: benefits today, at normal pension age and at a chosen date, each with the
/// working shown as an ordered list of steps (in a `<details>` element, so it needs no JavaScript).
struct CalculationPage {
    struct Figure { var label: String; var value: String }
    struct Step {
        var number: Int
        var title: String
        var result: String
        var inputs: String
        var source: String
        var note: String?
    }
    struct Column {
        var id: String
        var heading: String
        var summary: String
        var figures: [Figure]
        var warnings: [String]
        var steps: [Step]
        var failure: String?
    }

    var layout: LayoutModel
    var recordHref: String
    var caption: String
    var action: String
    var errors: ErrorSummary?
    var date: DateField
    var columns: [Column]

    init(context: StaffRequestContext, recordID: Int64, caption: String, date: DateField, errors: ErrorSummary?,
         columns: [Column]) {
        layout = LayoutModel(title: "Calculate benefits", context: context, hasErrors: errors != nil)
        recordHref = "/records/\(recordID)"
        action = "/records/\(recordID)/calculate"
        self.caption = caption
        self.errors = errors
        self.date = date
        self.columns = columns
    }

    /// A column from an estimate.
    static func column(id: String, heading: String, _ estimate: BenefitEstimate) -> Column {
        var figures = estimate.lines.map {
            Figure(label: $0.label, value: $0.lumpSum == .zero ? "\($0.pension) a year"
                   : "\($0.pension) a year and \($0.lumpSum) lump sum")
        }
        figures.append(Figure(label: "Total pension built up", value: "\(estimate.accruedPension) a year"))
        figures.append(Figure(label: "Pension payable from \(estimate.retirementDate.longUK)",
                              value: "\(estimate.payable.pension) a year (\(estimate.payable.adjustment))"))
        figures.append(Figure(label: "Automatic lump sum payable", value: estimate.payable.lumpSum.description))
        figures.append(Figure(label: "Most lump sum by giving up pension",
                              value: "\(estimate.payable.maximumLumpSum), leaving \(estimate.payable.residualPension) a year"))
        figures.append(Figure(label: "Death grant", value: estimate.death.deathGrant.description))
        if let survivor = estimate.death.survivorPension {
            figures.append(Figure(label: "Survivor's pension", value: "\(survivor) a year"))
        }
        figures.append(Figure(label: "McCloud underpin", value: estimate.underpin.reason))
        if estimate.underpin.isProtected {
            figures.append(Figure(label: "Final guarantee amount", value: "\(estimate.underpin.finalGuaranteeAmount) a year"))
        }
        let steps = estimate.steps.enumerated().map { index, step in
            var source = step.regulation
            if let p = step.parameter {
                source += "; \(p.name) \(p.value.text) in force from \(p.effective.longUK) (\(p.reference.title))"
                if p.verification != .verified { source += ", \(p.verification.rawValue.lowercased())" }
            }
            return Step(number: index + 1, title: step.title, result: step.result.text,
                        inputs: step.inputs.map { "\($0.label): \($0.value.text)" }.joined(separator: "; "),
                        source: source, note: step.note)
        }
        return Column(id: id, heading: heading,
                      summary: "Built up to \(estimate.calculationDate.longUK), paid from \(estimate.retirementDate.longUK)",
                      figures: figures, warnings: estimate.warnings, steps: steps, failure: nil)
    }

    /// A column that could not be calculated, saying why.
    static func failed(id: String, heading: String, _ message: String) -> Column {
        Column(id: id, heading: heading, summary: "", figures: [], warnings: [], steps: [], failure: message)
    }
}
