import LGPSRules

/// Asks the member for their password and a security code again before a sensitive change (SESS-6).
struct ReauthenticatePage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var next: String
    var password: TextField
    var code: TextField

    init(context: StaffRequestContext, next: String, usesEmail: Bool, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: "Confirm it is you", context: context, hasErrors: summary != nil)
        self.next = next
        password = TextField(id: "password", label: "Password", value: "", errors: summary, type: "password",
                             autocomplete: "current-password")
        code = TextField(id: "code", label: "Security code", value: "", errors: summary,
                         hint: usesEmail ? "We have sent a 6-digit code to your email address."
                             : "The 6-digit code from your authenticator app.",
                         autocomplete: "one-time-code", widthClass: "input--width-10")
    }
}
