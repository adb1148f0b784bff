import Hummingbird
import HummingbirdAuth
import LGPSRules
import LGPSStorage
import Logging

/// Sign-in (the password step; the code follows, AUTH-11) and sign-out for staff (AUTH-10, SESS-4, LOG-3).
struct LoginController {
    let authenticator: StaffAuthenticator
    let renderer: TemplateRenderer
    let clock: any WallClock
    let sessionStore: any KeyValueStore
    let cookieName: String
    let absoluteTimeout: Duration
    let secondFactor: StaffSecondFactorController

    /// The one message for any failed sign-in, whatever the reason (AUTH-10).
    static let failureMessage = "Enter a correct email address and password"

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.get("/login", use: show)
        router.post("/login", use: signIn)
        router.post("/logout", use: signOut)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        if context.staff != nil { return HTML.redirect(to: "/search") }
        if context.sessions.session == nil {
            // An anonymous session only carries the CSRF token for this form.
            context.sessions.createSession(StaffSession(userID: nil, now: clock.now()))
        }
        let notice: String?
        if context.sessionTimedOut {
            notice = "You were signed out because your session ended. Sign in again to continue."
        } else if request.uri.queryParameters.get("signed-out") != nil {
            notice = "You have signed out."
        } else {
            notice = nil
        }
        return page(context: context, errors: [], notice: notice, status: .ok)
    }

    @Sendable func signIn(request: Request, context: StaffRequestContext) async throws -> Response {
        let email = context.form["email"], password = context.form["password"]
        var missing: [FieldError] = []
        if email.trimmingWhitespace().isEmpty { missing.append(FieldError(field: "email", message: "Enter your email address")) }
        if password.isEmpty { missing.append(FieldError(field: "password", message: "Enter your password")) }
        if !missing.isEmpty { return page(context: context, errors: missing, notice: nil, status: .unprocessableContent) }

        switch try await authenticator.authenticate(email: email, password: password) {
        case .failure(let reason):
            context.logger.notice("Staff sign-in failed", metadata: [
                "event": "staff.login.failed", "factor": "password", "reason": "\(reason.rawValue)",
            ])
            let error = FieldError(field: "email", message: Self.failureMessage)
            return page(context: context, errors: [error], notice: nil, status: .unauthorized)
        case .success(let user):
            // AUTH-11: a right password leads to the security code; the session is rotated only when that is
            // done too (SESS-2).
            context.logger.info("Staff password accepted", metadata: [
                "event": "staff.login.first_factor", "factor": "password", "user_id": "\(user.id)",
            ])
            return try secondFactor.begin(user: user, context: context)
        }
    }

    @Sendable func signOut(request: Request, context: StaffRequestContext) async throws -> Response {
        if let user = context.staff {
            context.logger.info("Staff signed out", metadata: ["event": "staff.logout", "user_id": "\(user.id)"])
        }
        context.sessions.clearSession()  // SESS-4: SessionMiddleware deletes it from the store.
        return HTML.redirect(to: "/login?signed-out=1")
    }

    private func page(context: StaffRequestContext, errors: [FieldError], notice: String?,
                      status: HTTPResponse.Status) -> Response {
        HTML.page(renderer.render(LoginPage(context: context, errors: errors, notice: notice), "login"), status: status)
    }
}
