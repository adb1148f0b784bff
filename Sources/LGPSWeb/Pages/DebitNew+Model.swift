import LGPSRules

/// The add-a-debit form: what the debit is for, when it took effect, its amounts and reference, filled in with
/// the submitted values and any errors.
struct DebitNewPage {
    var layout: LayoutModel
    var action: String
    var cancelHref: String
    var caption: String
    var errors: ErrorSummary?
    var kinds: RadioGroup
    var effectiveOn: DateField
    var annualAmount: TextField
    var lumpSumAmount: TextField
    var survivorAmount: TextField
    var cashAmount: TextField
    var reference: TextField

    init(context: StaffRequestContext, recordID: Int64, caption: String, form: DebitForm, errors: [FieldError]) {
        let summary = ErrorSummary(errors, dateFields: ["effectiveOn"])
        self.errors = summary
        layout = LayoutModel(title: "Add a pension debit", context: context, hasErrors: summary != nil)
        action = "/records/\(recordID)/debits/new"
        cancelHref = "/records/\(recordID)"
        self.caption = caption
        kinds = RadioGroup(name: "kind", legend: "What is the debit for?",
                           options: DebitKind.allCases.map { (value: $0.rawValue, label: $0.label, hint: nil) },
                           selected: form.kind, errors: summary)
        effectiveOn = DateField(id: "effectiveOn", legend: "Date the debit took effect",
                                hint: "The date of the order or charge, for example 1 6 2020", day: form.effectiveDay,
                                month: form.effectiveMonth, year: form.effectiveYear, errors: summary)
        let pounds = "In pounds, for example 1250.50"
        annualAmount = TextField(id: "annualAmount", label: "Annual pension debit", value: form.annualAmount,
                                 errors: summary, hint: pounds, widthClass: "input--width-10")
        lumpSumAmount = TextField(id: "lumpSumAmount", label: "Lump sum debit (optional)", value: form.lumpSumAmount,
                                  errors: summary, hint: "Pension sharing orders only. " + pounds,
                                  widthClass: "input--width-10")
        survivorAmount = TextField(id: "survivorAmount", label: "Survivor’s pension debit (optional)",
                                   value: form.survivorAmount, errors: summary,
                                   hint: "Pension sharing orders only. " + pounds, widthClass: "input--width-10")
        cashAmount = TextField(id: "cashAmount", label: "Cash amount (optional)", value: form.cashAmount,
                               errors: summary, hint: "The cash equivalent shared, or the tax charge scheme pays settled",
                               widthClass: "input--width-10")
        reference = TextField(id: "reference", label: "Reference", value: form.reference, errors: summary,
                              hint: "The court order or tax charge reference", widthClass: "input--width-20")
    }
}
