import LGPSPortal
import LGPSRules

/// The staff security code page, or (with a secret) the page to set up an authenticator at first sign-in.
struct StaffCodePage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var enrolling: Bool
    var key: String
    var authenticatorURL: String
    var code: TextField

    init(context: StaffRequestContext, secret: TOTPSecret?, account: String, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        enrolling = secret != nil
        layout = LayoutModel(title: secret == nil ? "Enter your security code" : "Set up your authenticator app",
                             context: context, hasErrors: summary != nil)
        key = secret?.displayGroups ?? ""
        authenticatorURL = secret?.authenticatorURL(account: account, issuer: "OpenLGPS staff") ?? ""
        code = TextField(id: "code", label: "Security code", value: "", errors: summary,
                         hint: "The 6-digit code your authenticator app shows for OpenLGPS.",
                         autocomplete: "one-time-code", widthClass: "input--width-10")
    }
}
