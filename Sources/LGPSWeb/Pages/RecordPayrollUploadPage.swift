import LGPSRules
import LGPSStorage

/// The staff form to add one P60 or payslip to a record, for when the payroll's manifest import is not the way.
struct RecordPayrollUploadPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var recordHref: String
    var action: String
    var heading: String
    var kinds: RadioGroup
    var period: TextField
    var fileError: String?

    init(context: StaffRequestContext, record: MemberRecord, kind: String, period: String, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(title: "Add a P60 or payslip", context: context, hasErrors: summary != nil)
        recordHref = "/records/\(record.record.id)"
        action = "/records/\(record.record.id)/payroll/new"
        heading = "Add a P60 or payslip: \(record.record.memberNumber)"
        kinds = RadioGroup(name: "kind", legend: "What is it?",
                           options: [(value: PayrollDocument.Kind.p60.rawValue, label: "P60", hint: "For a tax year"),
                                     (value: PayrollDocument.Kind.payslip.rawValue, label: "Payslip", hint: "For a month")],
                           selected: kind, errors: summary)
        self.period = TextField(id: "period", label: "Period", value: period, errors: summary,
                                hint: "For a P60, the tax year, like 2024-25. For a payslip, the month, like 2025-10",
                                widthClass: "input--width-10")
        fileError = summary?.message(for: "file")
    }
}
