import LGPSPortal
import LGPSRules
import LGPSStorage

/// How the member signs in: their second factor, recovery codes left, the password form, and where they are
/// signed in (SESS-5).
struct PortalSecurityPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var secondFactor: String
    var recoveryCodesLeft: String
    var newCodes: [String]
    var hasNewCodes: Bool
    var currentPassword: TextField
    var newPassword: TextField
    var sessions: [PortalSessionRow] = []
    var hasOtherSessions = false
    var sessionLimit = WebConfiguration.standardMemberSessionLimit

    init(context: StaffRequestContext, account: PortalAccount, recoveryCodesLeft: Int, newCodes: [String],
         errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: "Sign-in and security", context: context, hasErrors: summary != nil,
                             current: "/portal/security")
        secondFactor = account.secondFactor == .totp ? "A code from your authenticator app"
            : "A code sent to your email address"
        self.recoveryCodesLeft = recoveryCodesLeft == 1 ? "You have 1 recovery code left."
            : "You have \(recoveryCodesLeft) recovery codes left."
        self.newCodes = newCodes
        hasNewCodes = !newCodes.isEmpty
        currentPassword = TextField(id: "currentPassword", label: "Current password", value: "", errors: summary,
                                    type: "password", autocomplete: "current-password")
        newPassword = TextField(id: "newPassword", label: "New password", value: "", errors: summary,
                                hint: "Use \(PasswordPolicy.minimumCharacters) characters or more.",
                                type: "password", autocomplete: "new-password")
    }
}
