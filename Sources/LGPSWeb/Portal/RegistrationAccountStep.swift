import Hummingbird
import HummingbirdAuth
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// Step 2 of registering: the email address (the username) and a password (AUTH-1..6: 12 characters or more, no
/// composition rules, not a common password or one containing the fund's name; paste allowed).
struct RegistrationAccountStep {
    let pages: PortalPages
    let drafts: RegistrationDrafts
    let authenticator: PortalAuthenticator

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.get("/portal/register/account", use: show)
        router.post("/portal/register/account", use: save)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (_, draft) = try await drafts.current(request, at: .account) else { return restart() }
        return page(context: context, email: draft.email ?? "", errors: [], status: .ok)
    }

    @Sendable func save(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (token, draft) = try await drafts.current(request, at: .account),
              let personID = draft.personID else { return restart() }
        let typedEmail = context.form["email"], password = context.form["password"]
        var errors: [FieldError] = []
        var email: String?
        switch validateEmail(typedEmail) {
        case .valid(let value):
            email = value
            if value == nil { errors.append(FieldError(field: "email", message: "Enter your email address")) }
        case .invalid(let found): errors += found
        }
        if let email, try await pages.portal.accounts.find(email: email) != nil {
            errors.append(FieldError(field: "email", message: "An account already uses this email address: enter a different one"))
        }
        if let problem = try await passwordProblem(password, email: email, fundID: draft.fundID) {
            errors.append(FieldError(field: "password", message: problem.message))
        } else if password != context.form["confirmPassword"] {
            errors.append(FieldError(field: "confirmPassword", message: "The passwords do not match: type the same password twice"))
        }
        guard errors.isEmpty, let email else {
            return page(context: context, email: typedEmail, errors: errors, status: .unprocessableContent)
        }
        var next = draft
        next.email = email
        next.passwordHash = try await authenticator.hash(password)
        next.step = .secondFactor
        next.totpSecretSealed = try pages.portal.cipher.seal(TOTPSecret.generate().storedValue)
        try await drafts.save(next, token: token)
        try await pages.portal.registrations.update(id: draft.registrationID, step: next.step.rawValue,
                                                    activationKeyID: draft.activationKeyID, personID: personID,
                                                    email: email, at: pages.clock.now())
        return HTML.redirect(to: next.step.path)
    }

    /// What is wrong with the new password, judged with the fund's and its employers' names as context words.
    private func passwordProblem(_ password: String, email: String?, fundID: Int64) async throws -> PasswordProblem? {
        var words: [String] = []
        if let fund = try await pages.dependencies.funds.get(id: fundID) { words += [fund.name, fund.code] }
        words += try await pages.dependencies.employers.list(fundID: fundID).map(\.name)
        return PasswordPolicy(contextWords: words).check(password, email: email)
    }

    private func restart() -> Response { HTML.redirect(to: "/portal/register") }

    private func page(context: StaffRequestContext, email: String, errors: [FieldError],
                      status: HTTPResponse.Status) -> Response {
        pages.render(RegistrationAccountPage(context: context, email: email, errors: errors), "portal-register-account",
                     status: status)
    }
}

extension RegistrationDrafts {
    /// The draft behind the request's cookie when it has reached `step` (AUTH-10: steps run in order); nil sends
    /// the person back to the start.
    func current(_ request: Request, at step: RegistrationDraft.Step) async throws -> (String, RegistrationDraft)? {
        guard let token = token(in: request), let draft = try await load(token: token), draft.step >= step,
              draft.step != .complete else { return nil }
        return (token, draft)
    }
}
