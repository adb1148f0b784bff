import LGPSRules
import Hummingbird
import HummingbirdAuth
import LGPSPortal
import LGPSStorage
import Logging

/// The second factor of a member's sign-in (AUTH-11..13): a code from their authenticator app (TOTP, the
/// default), a code sent by email (the fallback), or a recovery code. Only then is the session rotated and the
/// member signed in (SESS-2).
struct SecondFactorStep {
    let pages: PortalPages
    let devices: KnownDevice
    let sessionStore: any KeyValueStore
    let cookieName: String

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.get("/portal/sign-in/code", use: show)
        router.post("/portal/sign-in/code", use: check)
        router.post("/portal/sign-in/email-code", use: sendEmailCode)
        router.get("/portal/sign-in/recovery-code", use: showRecovery)
        router.post("/portal/sign-in/recovery-code", use: checkRecovery)
    }

    /// After the password: remember the half-done sign-in and ask for the code (sending one by email when that
    /// is the member's second factor).
    func begin(account: PortalAccount, context: StaffRequestContext) async throws -> Response {
        let now = pages.clock.now()
        var pending = PendingSignIn(accountID: account.id, staff: false, passwordCheckedAt: now)
        if account.secondFactor == .email {
            pending.emailCode = try await CodeChecker(pages: pages).sendCode(to: account, context: context)
        }
        context.sessions.withLockedSession { $0?.pendingSignIn = pending }
        return HTML.redirect(to: "/portal/sign-in/code")
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (pending, account) = try await pendingAccount(context) else { return restart() }
        let sent = request.uri.queryParameters.get("sent") != nil
        return page(context: context, account: account, pending: pending, errors: [], sent: sent, status: .ok)
    }

    @Sendable func check(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (pending, account) = try await pendingAccount(context) else { return restart() }
        let typed = context.form["code"]
        if typed.trimmingWhitespace().isEmpty {
            return page(context: context, account: account, pending: pending,
                        errors: [FieldError(field: "code", message: "Enter the 6-digit code")], sent: false,
                        status: .unprocessableContent)
        }
        let now = pages.clock.now()
        let key = SignInKey.account(account.email)
        let device = try await devices.device(in: request, accountID: account.id)
        if case .throttled = await pages.portal.throttle.check(account: key, ip: context.clientAddress,
                                                                device: device, at: now) {
            return page(context: context, account: account, pending: pending,
                        errors: [FieldError(field: "code", message: "You have entered too many wrong codes. Wait a few minutes and sign in again")],
                        sent: false, status: .tooManyRequests)
        }
        let checker = CodeChecker(pages: pages)
        let outcome = try await checker.verify(typed, emailCode: pending.emailCode, account: account, now: now,
                                               context: context) { code in
            context.sessions.withLockedSession { $0?.pendingSignIn?.emailCode = code }
        }
        guard let factor = outcome else {
            await pages.portal.throttle.recordFailure(account: key, ip: context.clientAddress, device: device, at: now)
            return page(context: context, account: account, pending: pending,
                        errors: [FieldError(field: "code", message: "The code is not correct or has expired: enter the latest code")],
                        sent: false, status: .unauthorized)
        }
        return try await complete(account: account, factor: factor, request: request, context: context)
    }

    @Sendable func sendEmailCode(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (_, account) = try await pendingAccount(context) else { return restart() }
        let code = try await CodeChecker(pages: pages).sendCode(to: account, context: context)
        context.sessions.withLockedSession { $0?.pendingSignIn?.emailCode = code }
        return HTML.redirect(to: "/portal/sign-in/code?sent=1")
    }

    @Sendable func showRecovery(request: Request, context: StaffRequestContext) async throws -> Response {
        guard try await pendingAccount(context) != nil else { return restart() }
        return pages.render(RecoveryCodePage(context: context, errors: []), "portal-recovery-code")
    }

    @Sendable func checkRecovery(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (_, account) = try await pendingAccount(context) else { return restart() }
        let now = pages.clock.now()
        let key = SignInKey.account(account.email)
        let device = try await devices.device(in: request, accountID: account.id)
        let throttle = pages.portal.throttle
        let allowed = await throttle.check(account: key, ip: context.clientAddress, device: device, at: now) == .allowed
        if allowed, let code = RecoveryCodes.normalise(context.form["recoveryCode"]),
           try await pages.portal.accounts.consumeRecoveryCode(accountID: account.id,
                                                               codeHash: RecoveryCodes.hash(code), at: now) {
            try await CodeChecker(pages: pages).notify(account, template: "recovery-code-used")
            return try await complete(account: account, factor: "recovery_code", request: request, context: context)
        }
        await throttle.recordFailure(account: key, ip: context.clientAddress, device: device, at: now)
        let error = FieldError(field: "recoveryCode", message: "Enter a recovery code you have not used before")
        return pages.render(RecoveryCodePage(context: context, errors: [error]), "portal-recovery-code",
                            status: allowed ? .unauthorized : .tooManyRequests)
    }

    /// Both factors done: a new session (SESS-2) within the limit (SESS-7), the browser remembered (AUTH-8), the sign-in logged (LOG-3).
    private func complete(account: PortalAccount, factor: String, request: Request,
                          context: StaffRequestContext) async throws -> Response {
        let now = pages.clock.now()
        if let oldID = request.cookies[cookieName]?.value {
            try await sessionStore.remove(key: SessionCookie.keyPrefix + oldID)
        }
        var session = StaffSession.member(accountID: account.id, now: now)
        session.portalSessionID = try await PortalSessionKeeper(pages: pages).start(
            account: account, request: request, at: now, context: context)
        context.sessions.createSession(session)
        try await pages.portal.accounts.recordSignIn(accountID: account.id, at: now)
        let device = try await devices.device(in: request, accountID: account.id)
        await pages.portal.throttle.recordSuccess(account: SignInKey.account(account.email), ip: context.clientAddress,
                                                  device: device, at: now)
        context.logger.info("Member signed in", metadata: [
            "event": "portal.login.succeeded", "factor": "\(factor)", "account_id": "\(account.id)",
            "fund_id": "\(account.fundID)",
        ])
        var response = HTML.redirect(to: "/portal/home")
        if device == nil { response.setCookie(try await devices.issue(accountID: account.id)) }
        return response
    }

    /// The half-done sign-in in this session and its account, when still fresh.
    private func pendingAccount(_ context: StaffRequestContext) async throws -> (PendingSignIn, PortalAccount)? {
        guard let pending = context.sessions.session?.pendingSignIn, !pending.staff,
              pending.isFresh(at: pages.clock.now()),
              let account = try await pages.portal.accounts.get(id: pending.accountID), account.status == .active
        else { return nil }
        return (pending, account)
    }

    private func restart() -> Response { HTML.redirect(to: "/portal/sign-in") }

    private func page(context: StaffRequestContext, account: PortalAccount, pending: PendingSignIn,
                      errors: [FieldError], sent: Bool, status: HTTPResponse.Status) -> Response {
        let model = SecondFactorPage(context: context, usesEmail: pending.emailCode != nil, sent: sent,
                                     hasAuthenticator: account.totpSecretSealed != nil, errors: errors)
        return pages.render(model, "portal-code", status: status)
    }
}
