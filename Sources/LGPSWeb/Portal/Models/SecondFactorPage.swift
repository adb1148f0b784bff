import LGPSRules

/// The second step of signing in: the 6-digit code from the authenticator app, or the one sent by email.
struct SecondFactorPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var usesEmail: Bool
    var sent: Bool
    var hasAuthenticator: Bool
    var code: TextField

    init(context: StaffRequestContext, usesEmail: Bool, sent: Bool, hasAuthenticator: Bool, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        self.usesEmail = usesEmail
        self.sent = sent
        self.hasAuthenticator = hasAuthenticator
        layout = LayoutModel(portalTitle: "Enter your security code", context: context, hasErrors: summary != nil)
        let hint = usesEmail && !hasAuthenticator
            ? "We have sent a 6-digit code to your email address. It lasts 10 minutes."
            : "Open your authenticator app and enter the 6-digit code it shows for this account."
        code = TextField(id: "code", label: "Security code", value: "", errors: summary, hint: hint,
                         autocomplete: "one-time-code", widthClass: "input--width-10")
    }
}
