import LGPSPortal
import LGPSRules

/// The member's estimate modeller for one record: the form (retirement date, pay growth, inflation, section,
/// lump sum), the estimate at that date with its working, the lump sum trade-off, the assumptions used, and a
/// transfer value link where the fund offers quotes for the record's status.
struct PortalEstimatePage {
    struct Choice { var id: String; var value: String; var label: String; var checked: Bool }

    /// What kind of record this is, for what the page can offer.
    enum Kind { case active, deferred, pensioner, unavailable }

    var layout: LayoutModel
    var recordHref: String
    var action: String
    var heading: String
    var errors: ErrorSummary?
    var notice: String?
    var showsForm: Bool
    var showsFutureService: Bool
    var date: DateField
    var payGrowth: TextField
    var inflation: TextField
    var sections: [Choice]
    var lumpSum: TextField
    var result: EstimateResult?
    var assumptions: [SummaryRow]
    var showsCETV: Bool
    let cetvHref = "/portal/messages/new?topic=cetv"

    init(context: StaffRequestContext, record: MemberRecord, kind: Kind, form: EstimateForm, choices: EstimateForm.Choices?,
         section: Section, errors: ErrorSummary?, result: EstimateResult?, showsCETV: Bool, defaults: PortalSettings,
         failure: String? = nil) {
        let id = record.record.id
        layout = LayoutModel(portalTitle: "Estimate your pension", context: context, hasErrors: errors != nil)
        recordHref = "/portal/records/\(id)"
        action = "/portal/records/\(id)/estimate"
        heading = "Estimate your pension: \(record.record.jobTitle)"
        self.errors = errors
        switch kind {
        case .active: notice = failure
        case .deferred:
            notice = failure ?? "You have left the scheme, so no more pension builds up. Your pension goes up each year "
                + "with inflation until you take it."
        case .pensioner: notice = "Your pension is already being paid, so there is nothing to estimate."
        case .unavailable: notice = "We cannot estimate this pension online. Contact us if you need an estimate."
        }
        showsForm = kind == .active || kind == .deferred
        showsFutureService = kind == .active
        date = DateField(id: "date", legend: "When would you take your pension?",
                         hint: "Between your 55th and 75th birthdays, and not before today. For example, 27 3 2035",
                         day: form.day, month: form.month, year: form.year, errors: errors)
        payGrowth = TextField(id: "payGrowth", label: "Pay growth, % a year",
                              value: form.payGrowth.isEmpty ? Self.percent(defaults.estimatePayGrowth) : form.payGrowth,
                              errors: errors, hint: "How much you expect your pay to go up each year",
                              widthClass: "input--width-4")
        inflation = TextField(id: "inflation", label: "Inflation (CPI), % a year",
                              value: form.inflation.isEmpty ? Self.percent(defaults.estimateInflation) : form.inflation,
                              errors: errors, hint: "Pensions go up each April in line with the Consumer Prices Index",
                              widthClass: "input--width-4")
        sections = Section.allCases.map {
            Choice(id: "section-\($0.rawValue)", value: $0.rawValue, label: $0.label, checked: $0 == section)
        }
        lumpSum = TextField(id: "lumpSum", label: "Lump sum to take by giving up pension, in pounds",
                            value: form.lumpSum, errors: errors,
                            hint: "You get £12 for every £1 a year of pension you give up. Leave blank or enter 0 for none",
                            widthClass: "input--width-10")
        self.result = result
        let used = choices
        assumptions = (kind == .active
            ? [SummaryRow(key: "Pay growth", value: "\(used?.payGrowth ?? defaults.estimatePayGrowth) a year, from next April"),
               SummaryRow(key: "Section for future pay", value: section.label)] : [])
            + [SummaryRow(key: "Inflation (CPI)",
                          value: "\(used?.inflation ?? defaults.estimateInflation) a year after the rates already published")]
        self.showsCETV = showsCETV
    }

    /// `2.5` for 2.5%: a rate as the form's box shows it.
    static func percent(_ rate: Rate) -> String {
        String(rate.description.dropLast())
    }
}
