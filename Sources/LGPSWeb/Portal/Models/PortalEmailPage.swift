import LGPSRules

/// The form to change the email address the member signs in with.
struct PortalEmailPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var email: TextField

    init(context: StaffRequestContext, email: String, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: "Change your email address", context: context, hasErrors: summary != nil)
        self.email = TextField(id: "email", label: "New email address", value: email, errors: summary,
                               hint: "You will sign in with this address. We will tell your old address about the change.",
                               type: "email", autocomplete: "email")
    }
}
