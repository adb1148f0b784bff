import Hummingbird
import LGPSRules
import LGPSStorage
import Logging

/// `/portal/details/email`: change the email address the member signs in with, after confirming who they are
/// (SESS-6). The old address is told of the change (AUTH-18) and the new one becomes the username.
struct PortalEmailController {
    let pages: PortalPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal/details/email", use: show)
        group.post("/portal/details/email", use: save)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        _ = try pages.member(context)
        if let challenge = ReauthenticateController.challenge(context, clock: pages.clock, next: "/portal/details/email") {
            return challenge
        }
        return pages.render(PortalEmailPage(context: context, email: "", errors: []), "portal-email")
    }

    @Sendable func save(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        if let challenge = ReauthenticateController.challenge(context, clock: pages.clock, next: "/portal/details/email") {
            return challenge
        }
        let typed = context.form["email"]
        var errors: [FieldError] = []
        var email: String?
        switch validateEmail(typed) {
        case .valid(let value):
            email = value
            if value == nil { errors.append(FieldError(field: "email", message: "Enter your new email address")) }
        case .invalid(let found): errors = found
        }
        if let email, email.lowercased() != member.account.email.lowercased(),
           try await pages.portal.accounts.find(email: email) != nil {
            errors.append(FieldError(field: "email", message: "An account already uses this email address: enter a different one"))
        }
        guard errors.isEmpty, let email else {
            return pages.render(PortalEmailPage(context: context, email: typed, errors: errors), "portal-email",
                                status: .unprocessableContent)
        }
        try await pages.portal.accounts.setEmail(accountID: member.account.id, email: email, actor: member.actor)
        var person = member.person
        person.contact.email = email
        if person != member.person { _ = try await pages.dependencies.people.update(person, actor: member.actor) }
        try await CodeChecker(pages: pages).notify(member.account, template: "email-changed")
        context.logger.info("Member changed their email address", metadata: [
            "event": "portal.email.changed", "account_id": "\(member.account.id)",
        ])
        pages.setFlash("Your email address has been changed. Use it to sign in from now on", context)
        return HTML.redirect(to: "/portal/details")
    }
}
