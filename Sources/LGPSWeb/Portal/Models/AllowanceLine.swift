import LGPSStorage

/// One tax year of a record's annual allowance history, as the member portal and the staff record page show it.
struct AllowanceLine {
    var taxYear: String
    var pensionInputAmount: String
    var allowance: String
    var over: String

    init(_ published: PublishedPensionInput) {
        let year = published.year
        taxYear = "6 April \(year.taxYear.startYear) to 5 April \(year.taxYear.startYear + 1)"
        pensionInputAmount = year.pensionInputAmount.description
        allowance = year.standardAllowance.description
        over = year.exceedsStandardAllowance ? "Yes" : "No"
    }

    /// The lines for a record's published history, latest first.
    static func lines(_ history: [PublishedPensionInput]) -> [AllowanceLine] { history.map(AllowanceLine.init) }
}
