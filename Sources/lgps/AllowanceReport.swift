import LGPSRules
import LGPSStatementRun

/// The summary `lgps allowance publish` prints.
struct AllowanceReport {
    var taxYear: TaxYear
    var outcome: AnnualAllowancePublisher.Outcome

    var text: String {
        var lines = ["Published \(outcome.published.grouped) records' pension input amounts for \(taxYear)",
                     "\(outcome.overAllowance.grouped) are over the standard annual allowance: send each a pension "
                        + "savings statement by 6 October \(taxYear.startYear + 1)",
                     "\(outcome.notApplicable.grouped) records had no active membership in the tax year"]
        if !outcome.failures.isEmpty {
            lines.append("\(outcome.failures.count.grouped) records could not be worked out:")
            lines += outcome.failures.map { "  record \($0.recordID): \($0.reason)" }
        }
        return lines.joined(separator: "\n")
    }
}
