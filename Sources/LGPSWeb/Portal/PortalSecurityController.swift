import Hummingbird
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// `/portal/security`: how the member signs in. They can change their password (AUTH-7: the current one is
/// needed; AUTH-1..6 apply to the new one; SESS-5: signing out elsewhere is offered) and get new recovery codes
/// (AUTH-13); each change is emailed to them (AUTH-18). Their live sessions are listed (SESS-5).
struct PortalSecurityController {
    let pages: PortalPages
    let authenticator: PortalAuthenticator

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal/security", use: show)
        group.post("/portal/security/password", use: changePassword)
        group.post("/portal/security/recovery-codes", use: newRecoveryCodes)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        var model = try await page(context, member: member, errors: [], codes: [])
        model.layout.flash = pages.takeFlash(context)
        return pages.render(model, "portal-security")
    }

    @Sendable func changePassword(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let current = context.form["currentPassword"], new = context.form["newPassword"]
        var errors: [FieldError] = []
        if case .failure = try await authenticator.authenticate(account: member.account, password: current) {
            errors.append(FieldError(field: "currentPassword", message: "Enter your current password correctly"))
        }
        if let problem = PasswordPolicy(contextWords: []).check(new, email: member.account.email) {
            errors.append(FieldError(field: "newPassword", message: problem.message))
        }
        guard errors.isEmpty else {
            return pages.render(try await page(context, member: member, errors: errors, codes: []), "portal-security",
                                status: .unprocessableContent)
        }
        try await pages.portal.accounts.setPassword(accountID: member.account.id,
                                                    passwordHash: try await authenticator.hash(new),
                                                    at: pages.clock.now(), actor: member.actor)
        try await CodeChecker(pages: pages).notify(member.account, template: "password-changed")
        var ended = 0
        if context.form["endOtherSessions"] == "yes" {  // SESS-5: offered, ticked by default
            ended = try await pages.portal.sessions.endAll(
                accountID: member.account.id, keeping: context.sessions.session?.portalSessionID,
                reason: .passwordChanged, at: pages.clock.now())
        }
        context.logger.info("Member changed their password", metadata: [
            "event": "portal.password.changed", "account_id": "\(member.account.id)", "sessions_ended": "\(ended)",
        ])
        pages.setFlash(ended == 0 ? "Your password has been changed"
                       : "Your password has been changed and you have been signed out of your other devices", context)
        return HTML.redirect(to: "/portal/security")
    }

    @Sendable func newRecoveryCodes(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        if let challenge = ReauthenticateController.challenge(context, clock: pages.clock, next: "/portal/security") {
            return challenge
        }
        let codes = RecoveryCodes.generate()
        try await pages.portal.accounts.replaceRecoveryCodes(accountID: member.account.id,
                                                             codeHashes: codes.map(RecoveryCodes.hash),
                                                             actor: member.actor)
        try await CodeChecker(pages: pages).notify(member.account, template: "recovery-codes-replaced")
        return pages.render(try await page(context, member: member, errors: [], codes: codes), "portal-security")
    }

    private func page(_ context: StaffRequestContext, member: PortalMember, errors: [FieldError],
                      codes: [String]) async throws -> PortalSecurityPage {
        let left = try await pages.portal.accounts.unusedRecoveryCodeCount(accountID: member.account.id)
        var page = PortalSecurityPage(context: context, account: member.account, recoveryCodesLeft: left,
                                      newCodes: codes, errors: errors)
        let current = context.sessions.session?.portalSessionID
        page.sessions = try await pages.portal.sessions.live(
            accountID: member.account.id, window: PortalSessionKeeper(pages: pages).window(at: pages.clock.now()))
            .map { PortalSessionRow($0, currentID: current) }
        page.hasOtherSessions = page.sessions.contains { !$0.isCurrent }
        page.sessionLimit = pages.configuration.memberSessionLimit
        return page
    }
}
