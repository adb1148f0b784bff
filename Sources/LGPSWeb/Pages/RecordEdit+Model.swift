import LGPSRules

/// The change-record form: pensionable start date, leaving date and job title.
struct RecordEditPage {
    var layout: LayoutModel
    var action: String
    var cancelHref: String
    var caption: String
    var errors: ErrorSummary?
    var pensionableStart: DateField
    var leftOn: DateField
    var jobTitle: TextField

    init(context: StaffRequestContext, recordID: Int64, caption: String, form: RecordDetailsForm, errors: [FieldError]) {
        let summary = ErrorSummary(errors, dateFields: ["pensionableStart", "leftOn"])
        self.errors = summary
        layout = LayoutModel(title: "Change record details", context: context, hasErrors: summary != nil)
        action = "/records/\(recordID)/edit"
        cancelHref = "/records/\(recordID)"
        self.caption = caption
        pensionableStart = DateField(id: "pensionableStart", legend: "Pensionable start date",
                                     hint: "For example, 1 4 2014", day: form.pensionableStartDay,
                                     month: form.pensionableStartMonth, year: form.pensionableStartYear,
                                     errors: summary)
        leftOn = DateField(id: "leftOn", legend: "Leaving date (optional)",
                           hint: "Leave empty if the member has not left this post", day: form.leftOnDay,
                           month: form.leftOnMonth, year: form.leftOnYear, errors: summary)
        jobTitle = TextField(id: "jobTitle", label: "Job title", value: form.jobTitle, errors: summary,
                             autocomplete: "organization-title")
    }
}
