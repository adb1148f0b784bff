import Hummingbird
import HummingbirdAuth
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// Step 3 of registering: the second factor (AUTH-11). An authenticator app (TOTP, AUTH-12) is the default: the
/// member adds the key shown and types the code it makes. Someone who cannot use an app can choose codes by
/// email instead (AUTH-13), which also proves the email address is theirs.
struct RegistrationSecurityStep {
    let pages: PortalPages
    let drafts: RegistrationDrafts

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.get("/portal/register/security", use: show)
        router.post("/portal/register/security", use: confirmApp)
        router.post("/portal/register/security/email", use: sendEmailCode)
        router.post("/portal/register/security/email-code", use: confirmEmail)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (_, draft) = try await drafts.current(request, at: .secondFactor) else { return restart() }
        return try page(context: context, draft: draft, errors: [], status: .ok)
    }

    @Sendable func confirmApp(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (token, draft) = try await drafts.current(request, at: .secondFactor),
              let sealed = draft.totpSecretSealed else { return restart() }
        let secret = TOTPSecret(storedValue: try pages.portal.cipher.open(sealed))
        guard case .accepted(let step) = TOTPVerifier().verify(context.form["code"], secret: secret,
                                                               at: pages.clock.now(), lastUsedStep: nil) else {
            let error = FieldError(field: "code", message: context.form["code"].trimmingWhitespace().isEmpty
                ? "Enter the 6-digit code from your authenticator app"
                : "The code is not correct: check the key you added and enter the latest code")
            return try page(context: context, draft: draft, errors: [error], status: .unprocessableContent)
        }
        var next = draft
        next.secondFactor = .totp
        next.totpLastStep = step
        return try await advance(next, token: token)
    }

    @Sendable func sendEmailCode(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (token, draft) = try await drafts.current(request, at: .secondFactor),
              let email = draft.email else { return restart() }
        let issued = EmailCode.issue(at: pages.clock.now(), purpose: "register:\(draft.registrationID)")
        _ = try await pages.portal.notifications.enqueue(
            fundID: draft.fundID, personID: draft.personID, email: email, template: "registration-code",
            personalisation: ["code": issued.code], reference: nil, at: pages.clock.now())
        var next = draft
        next.emailCode = issued.record
        try await drafts.save(next, token: token)
        return try page(context: context, draft: next, errors: [], status: .ok)
    }

    @Sendable func confirmEmail(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (token, draft) = try await drafts.current(request, at: .secondFactor),
              var code = draft.emailCode else { return restart() }
        let outcome = code.check(context.form["emailCode"], purpose: "register:\(draft.registrationID)",
                                 at: pages.clock.now())
        var next = draft
        next.emailCode = code
        guard outcome == .accepted else {
            try await drafts.save(next, token: token)
            let message = outcome == .wrong ? "The code is not correct: enter the code in the email we sent you"
                : "The code has expired or been tried too many times: send a new code"
            return try page(context: context, draft: next, errors: [FieldError(field: "emailCode", message: message)],
                            status: .unprocessableContent)
        }
        next.secondFactor = .email
        next.totpSecretSealed = nil
        next.emailCode = nil
        return try await advance(next, token: token)
    }

    private func advance(_ draft: RegistrationDraft, token: String) async throws -> Response {
        var next = draft
        next.step = .recoveryCodes
        try await drafts.save(next, token: token)
        try await pages.portal.registrations.update(id: next.registrationID, step: next.step.rawValue,
                                                    activationKeyID: next.activationKeyID, personID: next.personID,
                                                    email: next.email, at: pages.clock.now())
        return HTML.redirect(to: next.step.path)
    }

    private func restart() -> Response { HTML.redirect(to: "/portal/register") }

    private func page(context: StaffRequestContext, draft: RegistrationDraft, errors: [FieldError],
                      status: HTTPResponse.Status) throws -> Response {
        let secret = try draft.totpSecretSealed.map { TOTPSecret(storedValue: try pages.portal.cipher.open($0)) }
        let model = RegistrationSecurityPage(context: context, secret: secret, account: draft.email ?? "",
                                             emailCodeSent: draft.emailCode != nil, errors: errors)
        return pages.render(model, "portal-register-security", status: status)
    }
}
