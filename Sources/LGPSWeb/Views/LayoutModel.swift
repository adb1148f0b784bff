import LGPSStorage

/// What the shared layout needs: the page title, the service (staff area or member portal), who is signed in,
/// the navigation, the CSRF token for the sign-out form and any success banner.
struct LayoutModel {
    /// Shown in the browser tab before " – OpenLGPS"; starts "Error: " when the form has errors (GOV.UK pattern).
    var title: String
    var serviceName = "OpenLGPS"
    /// "Staff" or "Your pension".
    var serviceTag = "Staff"
    var homeHref = "/"
    var user: SignedInUser?
    var navigation: [NavigationItem] = []
    var signOutAction = "/logout"
    var csrfToken: String
    var flash: String?

    struct SignedInUser {
        var name: String
    }

    /// A link in the header; `current` marks it with `aria-current="page"`.
    struct NavigationItem {
        var href: String
        var text: String
        var current = false
    }

    /// The staff layout for `context`'s session.
    init(title: String, context: StaffRequestContext, hasErrors: Bool = false) {
        self.title = (hasErrors ? "Error: " : "") + title
        user = context.staff.map { SignedInUser(name: $0.name) }
        csrfToken = context.sessions.session?.csrfToken ?? ""
        flash = nil
        navigation = [NavigationItem(href: "/search", text: "Find a member"),
                      NavigationItem(href: "/statements", text: "Statements"),
                      NavigationItem(href: "/work-queue", text: "Work queue"),
                      NavigationItem(href: "/portal-admin", text: "Member portal")]
    }

    /// Marks the navigation link to `href` as the current page.
    mutating func markCurrent(_ href: String) {
        for index in navigation.indices { navigation[index].current = navigation[index].href == href }
    }
}
