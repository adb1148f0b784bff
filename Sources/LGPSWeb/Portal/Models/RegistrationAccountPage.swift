import LGPSPortal
import LGPSRules

/// Step 2 of creating an account: email address and password.
struct RegistrationAccountPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var email: TextField
    var password: TextField
    var confirmPassword: TextField

    init(context: StaffRequestContext, email: String, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: "Choose your email address and password", context: context,
                             hasErrors: summary != nil)
        self.email = TextField(id: "email", label: "Email address", value: email, errors: summary,
                               hint: "You will use this to sign in. We will also send you messages about your pension to it.",
                               type: "email", autocomplete: "email")
        password = TextField(id: "password", label: "Create a password", value: "", errors: summary,
                             hint: "Use \(PasswordPolicy.minimumCharacters) characters or more. A few unrelated words together make a good password. You can paste it from a password manager.",
                             type: "password", autocomplete: "new-password")
        confirmPassword = TextField(id: "confirmPassword", label: "Confirm your password", value: "", errors: summary,
                                    type: "password", autocomplete: "new-password")
    }
}
