import LGPSRules
import Hummingbird
import HummingbirdAuth
import LGPSPortal
import LGPSStorage
import Logging

/// `/portal` and the password step of a member's sign-in (AUTH-8, AUTH-10, LOG-3). A right password leads to the
/// second factor (AUTH-11); nothing is signed in until that is done.
struct PortalSignInController {
    let pages: PortalPages
    let authenticator: PortalAuthenticator
    let devices: KnownDevice
    let secondFactor: SecondFactorStep

    /// The one message for any failed sign-in, whatever the reason (AUTH-10).
    static let failureMessage = "Enter a correct email address and password"

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.get("/portal", use: start)
        router.get("/portal/sign-in", use: show)
        router.post("/portal/sign-in", use: signIn)
        router.post("/portal/sign-out", use: signOut)
    }

    @Sendable func start(request: Request, context: StaffRequestContext) async throws -> Response {
        if context.member != nil { return HTML.redirect(to: "/portal/home") }
        let settings = try await pages.portal.settings(fundID: try await defaultFundID())
        return pages.render(PortalStartPage(context: context, settings: settings), "portal-start")
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        if context.member != nil { return HTML.redirect(to: "/portal/home") }
        pages.ensureSession(context)
        let notice: String?
        if context.sessionTimedOut {
            notice = "You were signed out because you had not done anything for a while. Sign in again to continue."
        } else if request.uri.queryParameters.get("signed-out") != nil {
            notice = "You have signed out."
        } else if request.uri.queryParameters.get("password-changed") != nil {
            notice = "Your password has been changed. Sign in with your new password."
        } else {
            notice = nil
        }
        return page(context: context, email: "", errors: [], notice: notice, status: .ok)
    }

    @Sendable func signIn(request: Request, context: StaffRequestContext) async throws -> Response {
        let email = context.form["email"].trimmingWhitespace(), password = context.form["password"]
        var missing: [FieldError] = []
        if email.isEmpty { missing.append(FieldError(field: "email", message: "Enter your email address")) }
        if password.isEmpty { missing.append(FieldError(field: "password", message: "Enter your password")) }
        if !missing.isEmpty {
            return page(context: context, email: email, errors: missing, notice: nil, status: .unprocessableContent)
        }
        let now = pages.clock.now()
        let key = SignInKey.account(email)
        let account = try await pages.portal.accounts.find(email: email)
        let device = try await devices.device(in: request, accountID: account?.id)
        let throttle = pages.portal.throttle
        if case .throttled(let wait, let scope) = await throttle.check(account: key, ip: context.clientAddress,
                                                                        device: device, at: now) {
            return throttled(context: context, email: email, wait: wait, scope: scope)
        }
        switch try await authenticator.authenticate(account: account, password: password) {
        case .failure(let reason):
            await throttle.recordFailure(account: key, ip: context.clientAddress, device: device, at: now)
            context.logger.notice("Portal sign-in failed", metadata: [
                "event": "portal.login.failed", "factor": "password", "reason": "\(reason.rawValue)",
            ])
            let error = FieldError(field: "email", message: Self.failureMessage)
            return page(context: context, email: email, errors: [error], notice: nil, status: .unauthorized)
        case .success(let account):
            context.logger.info("Portal password accepted", metadata: [
                "event": "portal.login.first_factor", "factor": "password", "account_id": "\(account.id)",
            ])
            return try await secondFactor.begin(account: account, context: context)
        }
    }

    @Sendable func signOut(request: Request, context: StaffRequestContext) async throws -> Response {
        if let member = context.member {
            if let sessionID = context.sessions.session?.portalSessionID {
                _ = try await pages.portal.sessions.end(id: sessionID, accountID: member.account.id,
                                                        reason: .signedOut, at: pages.clock.now())
            }
            context.logger.info("Member signed out", metadata: [
                "event": "portal.logout", "account_id": "\(member.account.id)",
            ])
        }
        context.sessions.clearSession()  // SESS-4: the session is deleted from the store.
        return HTML.redirect(to: "/portal/sign-in?signed-out=1")
    }

    /// 429 with Retry-After, and the same page whether or not the account exists (AUTH-8, AUTH-10, LOG-4).
    private func throttled(context: StaffRequestContext, email: String, wait: Int64, scope: ThrottleScope) -> Response {
        context.logger.notice("Portal sign-in throttled", metadata: [
            "event": "security.rate_limited", "scope": "\(scope.rawValue)", "retry_after": "\(wait)",
        ])
        let minutes = max(1, (wait + 59) / 60)
        let error = FieldError(field: "email", message:
            "You have tried to sign in too many times. Wait \(minutes) minute\(minutes == 1 ? "" : "s") and try again")
        var response = page(context: context, email: email, errors: [error], notice: nil, status: .tooManyRequests)
        response.headers[.retryAfter] = String(wait)
        return response
    }

    private func page(context: StaffRequestContext, email: String, errors: [FieldError], notice: String?,
                      status: HTTPResponse.Status) -> Response {
        pages.render(PortalSignInPage(context: context, email: email, errors: errors, notice: notice),
                     "portal-sign-in", status: status)
    }

    /// The fund the portal's own pages describe before anyone signs in (the instance's first fund).
    private func defaultFundID() async throws -> Int64 {
        try await pages.dependencies.funds.all().first?.id ?? 0
    }
}

/// Throttling keys, so an email address is counted the same however it is typed (AUTH-8).
enum SignInKey {
    static func account(_ email: String) -> String { "member:" + email.trimmingWhitespace().lowercased() }
}
