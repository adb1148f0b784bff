import Hummingbird
import HummingbirdAuth
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// The second factor of a staff sign-in (AUTH-11, AUTH-16: staff must use two-factor). A member of staff with no
/// authenticator yet sets one up here at their first sign-in; after that each sign-in needs its current code,
/// accepted once (AUTH-12). Only then is the session rotated and signed in (SESS-2).
struct StaffSecondFactorController {
    let staff: any StaffUserRepository
    let renderer: TemplateRenderer
    let clock: any WallClock
    let cipher: FieldCipher
    let sessionStore: any KeyValueStore
    let cookieName: String
    let throttle: SignInThrottle

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.get("/login/code", use: showCode)
        router.post("/login/code", use: checkCode)
        router.get("/login/set-up-authenticator", use: showSetUp)
        router.post("/login/set-up-authenticator", use: checkSetUp)
    }

    /// After a right password: where the second factor is asked for (set up first if the user has none).
    func begin(user: StaffUser, context: StaffRequestContext) throws -> Response {
        var pending = PendingSignIn(accountID: user.id, staff: true, passwordCheckedAt: clock.now())
        if user.totpSecretSealed == nil {
            pending.enrollingSecretSealed = try cipher.seal(TOTPSecret.generate().storedValue)
        }
        context.sessions.withLockedSession { $0?.pendingSignIn = pending }
        return HTML.redirect(to: user.totpSecretSealed == nil ? "/login/set-up-authenticator" : "/login/code")
    }

    @Sendable func showCode(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (_, user) = try await pending(context), user.totpSecretSealed != nil else { return restart() }
        return render(StaffCodePage(context: context, secret: nil, account: user.email, errors: []), status: .ok)
    }

    @Sendable func checkCode(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (_, user) = try await pending(context), let sealed = user.totpSecretSealed else { return restart() }
        let secret = TOTPSecret(storedValue: try cipher.open(sealed))
        return try await verify(secret: secret, user: user, enrolling: nil, request: request, context: context)
    }

    @Sendable func showSetUp(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (pending, user) = try await pending(context), let sealed = pending.enrollingSecretSealed
        else { return restart() }
        let secret = TOTPSecret(storedValue: try cipher.open(sealed))
        return render(StaffCodePage(context: context, secret: secret, account: user.email, errors: []), status: .ok)
    }

    @Sendable func checkSetUp(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (pending, user) = try await pending(context), let sealed = pending.enrollingSecretSealed
        else { return restart() }
        let secret = TOTPSecret(storedValue: try cipher.open(sealed))
        return try await verify(secret: secret, user: user, enrolling: sealed, request: request, context: context)
    }

    private func verify(secret: TOTPSecret, user: StaffUser, enrolling: String?, request: Request,
                        context: StaffRequestContext) async throws -> Response {
        let now = clock.now()
        let key = "staff:" + user.email.lowercased()
        guard await throttle.check(account: key, ip: context.clientAddress, device: nil, at: now) == .allowed else {
            return render(StaffCodePage(context: context, secret: enrolling == nil ? nil : secret, account: user.email,
                                        errors: [FieldError(field: "code", message: "You have entered too many wrong codes. Wait a few minutes and sign in again")]),
                          status: .tooManyRequests)
        }
        let outcome = TOTPVerifier().verify(context.form["code"], secret: secret, at: now,
                                            lastUsedStep: enrolling == nil ? user.totpLastStep : nil)
        guard case .accepted(let step) = outcome else {
            await throttle.recordFailure(account: key, ip: context.clientAddress, device: nil, at: now)
            if outcome == .replayed {
                context.logger.warning("A used authenticator code was offered again", metadata: [
                    "event": "staff.login.totp_replayed", "user_id": "\(user.id)",
                ])
            }
            return render(StaffCodePage(context: context, secret: enrolling == nil ? nil : secret, account: user.email,
                                        errors: [FieldError(field: "code", message: "The code is not correct: enter the latest code from your authenticator app")]),
                          status: .unauthorized)
        }
        if let enrolling {
            try await staff.setTOTP(userID: user.id, sealedSecret: enrolling,
                                    actor: Actor(id: "staff:\(user.id)", channel: .staff))
        }
        guard try await staff.useTOTPStep(userID: user.id, step: step) else {
            context.logger.warning("A used authenticator code was offered again", metadata: [
                "event": "staff.login.totp_replayed", "user_id": "\(user.id)",
            ])
            return render(StaffCodePage(context: context, secret: nil, account: user.email, errors: [
                FieldError(field: "code", message: "That code has already been used: wait for the next one")]),
                          status: .unauthorized)
        }
        await throttle.recordSuccess(account: key, ip: context.clientAddress, device: nil, at: now)
        if let oldID = request.cookies[cookieName]?.value {
            try await sessionStore.remove(key: SessionCookie.keyPrefix + oldID)
        }
        context.sessions.createSession(StaffSession(userID: user.id, now: now))
        context.logger.info("Staff sign-in succeeded", metadata: [
            "event": "staff.login.succeeded", "factor": "totp", "user_id": "\(user.id)", "fund_id": "\(user.fundID)",
            "enrolled": "\(enrolling != nil)",
        ])
        return HTML.redirect(to: "/search")
    }

    private func pending(_ context: StaffRequestContext) async throws -> (PendingSignIn, StaffUser)? {
        guard let pending = context.sessions.session?.pendingSignIn, pending.staff, pending.isFresh(at: clock.now()),
              let user = try await staff.get(id: pending.accountID) else { return nil }
        return (pending, user)
    }

    private func restart() -> Response { HTML.redirect(to: "/login") }

    private func render(_ model: StaffCodePage, status: HTTPResponse.Status) -> Response {
        HTML.page(renderer.render(model, model.enrolling ? "login-set-up" : "login-code"), status: status)
    }
}
