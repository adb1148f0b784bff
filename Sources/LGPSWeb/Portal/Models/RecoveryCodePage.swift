import LGPSRules

/// Signing in with a recovery code when the authenticator app is not to hand (AUTH-13).
struct RecoveryCodePage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var recoveryCode: TextField

    init(context: StaffRequestContext, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: "Use a recovery code", context: context, hasErrors: summary != nil)
        recoveryCode = TextField(id: "recoveryCode", label: "Recovery code", value: "", errors: summary,
                                 hint: "One of the codes you saved when you set up your account, like 7KQ4-MX2P-9TRD",
                                 widthClass: "input--width-20")
    }
}
