import LGPSRules

/// Asks for the email address to send a password reset link to; afterwards says the same thing whoever asked.
struct ForgottenPasswordPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var sent: Bool
    var email: TextField

    init(context: StaffRequestContext, sent: Bool, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        self.sent = sent
        layout = LayoutModel(portalTitle: sent ? "Check your email" : "Reset your password", context: context,
                             hasErrors: summary != nil)
        email = TextField(id: "email", label: "Email address", value: "", errors: summary, type: "email",
                          autocomplete: "username")
    }
}
