import LGPSPortal
import LGPSRules

/// The bank details page: the account in use (masked), any change waiting to be checked, and the form.
struct BankDetailsPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var available: Bool
    var checkedFirst: Bool
    var current: String?
    var pending: String?
    var unavailableText: String
    var accountName: TextField
    var sortCode: TextField
    var accountNumber: TextField

    init(context: StaffRequestContext, mode: BankDetailsMode, current: String?, pending: String?, typed: FormFields?,
         errors: [FieldError], contactText: String) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: "Your bank details", context: context, hasErrors: summary != nil)
        available = mode != .off
        checkedFirst = mode == .staffTask
        self.current = current
        self.pending = pending
        unavailableText = "You cannot change bank details online. \(contactText)"
        accountName = TextField(id: "accountName", label: "Name on the account", value: typed?["accountName"] ?? "",
                                errors: summary, autocomplete: "cc-name")
        sortCode = TextField(id: "sortCode", label: "Sort code", value: typed?["sortCode"] ?? "", errors: summary,
                             hint: "Must be 6 digits long", widthClass: "input--width-5")
        accountNumber = TextField(id: "accountNumber", label: "Account number", value: typed?["accountNumber"] ?? "",
                                  errors: summary, hint: "Must be 8 digits long", widthClass: "input--width-10")
    }
}
