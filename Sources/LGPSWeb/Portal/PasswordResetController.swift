import Foundation
import Hummingbird
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// Forgotten passwords. The answer is the same whether or not an account uses the email address (AUTH-10); the
/// emailed link lasts as long as the fund's setting (AUTH-9) and works once; a new password never signs anyone
/// in — the member then signs in with it and their security code (AUTH-15) — and they are told (AUTH-18).
struct PasswordResetController {
    let pages: PortalPages
    let authenticator: PortalAuthenticator
    let store: any KeyValueStore

    static let keyPrefix = "reset."

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.get("/portal/forgotten-password", use: show)
        router.post("/portal/forgotten-password", use: send)
        router.get("/portal/reset-password", use: showReset)
        router.post("/portal/reset-password", use: reset)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        pages.ensureSession(context)
        return pages.render(ForgottenPasswordPage(context: context, sent: false, errors: []), "portal-forgotten-password")
    }

    @Sendable func send(request: Request, context: StaffRequestContext) async throws -> Response {
        let email = context.form["email"].trimmingWhitespace()
        guard !email.isEmpty else {
            return pages.render(ForgottenPasswordPage(context: context, sent: false, errors: [
                FieldError(field: "email", message: "Enter your email address")]), "portal-forgotten-password",
                                status: .unprocessableContent)
        }
        if let account = try await pages.portal.accounts.find(email: email), account.status == .active {
            let token = SecureToken.make()
            let minutes = try await pages.portal.settings(fundID: account.fundID).emailLinkLifetimeMinutes
            let expires = Timestamp(microseconds: pages.clock.now().microseconds + Int64(minutes) * 60_000_000)
            try await store.set(key: Self.keyPrefix + SHA256Hex.digest(token), value: Array(String(account.id).utf8),
                                expiresAt: expires)
            _ = try await pages.portal.notifications.enqueue(
                fundID: account.fundID, personID: account.personID, email: account.email, template: "password-reset",
                personalisation: ["link": "/portal/reset-password?token=\(token)", "minutes": String(minutes)],
                reference: nil, at: pages.clock.now())
        }
        context.logger.info("Password reset asked for", metadata: ["event": "portal.password_reset.requested"])
        return pages.render(ForgottenPasswordPage(context: context, sent: true, errors: []), "portal-forgotten-password")
    }

    @Sendable func showReset(request: Request, context: StaffRequestContext) async throws -> Response {
        pages.ensureSession(context)
        let token = request.uri.queryParameters.get("token") ?? ""
        guard try await accountID(token: token) != nil else { return expired(context) }
        return pages.render(ResetPasswordPage(context: context, token: token, errors: []), "portal-reset-password")
    }

    @Sendable func reset(request: Request, context: StaffRequestContext) async throws -> Response {
        let token = context.form["token"]
        guard let id = try await accountID(token: token), let account = try await pages.portal.accounts.get(id: id)
        else { return expired(context) }
        let password = context.form["password"]
        if let problem = PasswordPolicy(contextWords: []).check(password, email: account.email) {
            return pages.render(ResetPasswordPage(context: context, token: token, errors: [
                FieldError(field: "password", message: problem.message)]), "portal-reset-password",
                                status: .unprocessableContent)
        }
        try await store.remove(key: Self.keyPrefix + SHA256Hex.digest(token))
        try await pages.portal.accounts.setPassword(accountID: id, passwordHash: try await authenticator.hash(password),
                                                    at: pages.clock.now(),
                                                    actor: Actor(id: "portal:\(id)", channel: .portal))
        try await CodeChecker(pages: pages).notify(account, template: "password-changed")
        // SESS-5: whoever knew the old password is signed out everywhere.
        let ended = try await pages.portal.sessions.endAll(accountID: id, keeping: nil, reason: .passwordChanged,
                                                           at: pages.clock.now())
        context.logger.info("Password reset", metadata: ["event": "portal.password_reset.completed", "account_id": "\(id)",
                                                          "sessions_ended": "\(ended)"])
        return HTML.redirect(to: "/portal/sign-in?password-changed=1")
    }

    private func accountID(token: String) async throws -> Int64? {
        guard token.count == 64,
              let bytes = try await store.get(key: Self.keyPrefix + SHA256Hex.digest(token), now: pages.clock.now())
        else { return nil }
        return Int64(String(decoding: bytes, as: UTF8.self))
    }

    private func expired(_ context: StaffRequestContext) -> Response {
        pages.render(ForgottenPasswordPage(context: context, sent: false, errors: [FieldError(field: "email", message:
            "That link has expired or been used. Enter your email address to get a new one")]),
                     "portal-forgotten-password", status: .gone)
    }
}
