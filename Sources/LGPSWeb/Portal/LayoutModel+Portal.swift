extension LayoutModel {
    /// The member portal's layout: "Your pension", the member's navigation and the portal's sign-out.
    init(portalTitle title: String, context: StaffRequestContext, hasErrors: Bool = false, current: String? = nil) {
        self.init(title: title, context: context, hasErrors: hasErrors)
        serviceTag = "Your pension"
        homeHref = "/portal"
        signOutAction = "/portal/sign-out"
        user = context.member.map { SignedInUser(name: $0.person.fullName) }
        navigation = context.member == nil ? [] : [
            NavigationItem(href: "/portal/home", text: "Your pensions"),
            NavigationItem(href: "/portal/details", text: "Your details"),
            NavigationItem(href: "/portal/messages", text: "Messages"),
            NavigationItem(href: "/portal/security", text: "Sign-in and security"),
        ]
        if let current { markCurrent(current) }
    }
}
