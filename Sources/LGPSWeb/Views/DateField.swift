/// A GOV.UK date input: three boxes for day, month and year, with one error message for the date.
struct DateField {
    var id: String
    var legend: String
    var hint: String?
    var day: String
    var month: String
    var year: String
    var error: String?
    var describedBy: String?

    init(id: String, legend: String, hint: String?, day: String, month: String, year: String, errors: ErrorSummary?) {
        self.id = id
        self.legend = legend
        self.hint = hint
        self.day = day
        self.month = month
        self.year = year
        error = errors?.message(for: id)
        describedBy = describedByIDs(id: id, hint: hint, error: error)
    }
}
