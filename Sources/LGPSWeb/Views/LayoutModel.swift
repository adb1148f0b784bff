import LGPSStorage

/// What the shared layout needs: the page title, who is signed in, the CSRF token for the sign-out form and any
/// success banner.
struct LayoutModel {
    /// Shown in the browser tab before " – OpenLGPS"; starts "Error: " when the form has errors (GOV.UK pattern).
    var title: String
    var user: SignedInUser?
    var csrfToken: String
    var flash: String?
    /// Whether this is the search page, for `aria-current` in the header.
    var isSearch = false

    struct SignedInUser {
        var name: String
    }

    /// The layout for `context`'s session.
    init(title: String, context: StaffRequestContext, hasErrors: Bool = false) {
        self.title = (hasErrors ? "Error: " : "") + title
        user = context.staff.map { SignedInUser(name: $0.name) }
        csrfToken = context.sessions.session?.csrfToken ?? ""
        flash = nil
    }
}
