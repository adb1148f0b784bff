import LGPSRules

/// The member sign-in page: email address (the username) and password.
struct PortalSignInPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var notice: String?
    var email: TextField
    var password: TextField

    init(context: StaffRequestContext, email: String, errors: [FieldError], notice: String?) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        self.notice = notice
        layout = LayoutModel(portalTitle: "Sign in", context: context, hasErrors: summary != nil)
        self.email = TextField(id: "email", label: "Email address", value: email, errors: summary, type: "email",
                               autocomplete: "username")
        password = TextField(id: "password", label: "Password", value: "", errors: summary, type: "password",
                             autocomplete: "current-password")
    }
}
