import LGPSPortal
import LGPSRules

/// Choosing a new password from an emailed link.
struct ResetPasswordPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var token: String
    var password: TextField

    init(context: StaffRequestContext, token: String, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        self.token = token
        layout = LayoutModel(portalTitle: "Choose a new password", context: context, hasErrors: summary != nil)
        password = TextField(id: "password", label: "New password", value: "", errors: summary,
                             hint: "Use \(PasswordPolicy.minimumCharacters) characters or more.", type: "password",
                             autocomplete: "new-password")
    }
}
