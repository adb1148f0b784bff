import LGPSRules

/// The sign-in page.
struct LoginPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var notice: String?
    var email: TextField
    var password: TextField

    /// The page with `errors`; the email is never echoed back, so a failed sign-in reads the same whether or not
    /// the account exists (AUTH-10).
    init(context: StaffRequestContext, errors: [FieldError], notice: String?) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        self.notice = notice
        layout = LayoutModel(title: "Sign in", context: context, hasErrors: summary != nil)
        email = TextField(id: "email", label: "Email address", value: "", errors: summary, type: "email",
                          autocomplete: "username")
        password = TextField(id: "password", label: "Password", value: "", errors: summary, type: "password",
                             autocomplete: "current-password")
    }
}
