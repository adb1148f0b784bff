import LGPSPortal
import LGPSRules

/// Step 3 of creating an account: add the key to an authenticator app and type its code, or use email codes.
struct RegistrationSecurityPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    /// The key to type into the app, in groups of four.
    var key: String
    /// The `otpauth://` link, which opens the app on a phone.
    var authenticatorURL: String
    var code: TextField
    var emailCodeSent: Bool
    var emailCode: TextField

    init(context: StaffRequestContext, secret: TOTPSecret?, account: String, emailCodeSent: Bool,
         errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: "Set up a second way to prove it is you", context: context,
                             hasErrors: summary != nil)
        key = secret?.displayGroups ?? ""
        authenticatorURL = secret?.authenticatorURL(account: account, issuer: "OpenLGPS") ?? ""
        code = TextField(id: "code", label: "Code from your authenticator app", value: "", errors: summary,
                         autocomplete: "one-time-code", widthClass: "input--width-10")
        self.emailCodeSent = emailCodeSent
        emailCode = TextField(id: "emailCode", label: "Code from the email", value: "", errors: summary,
                              hint: "The code lasts 10 minutes.", autocomplete: "one-time-code",
                              widthClass: "input--width-10")
    }
}
