import Foundation
import Hummingbird
import HummingbirdAuth
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// `/portal/confirm-identity`: the member proves who they are again — password and a security code — before
/// changing their email address or nominations (SESS-6). Success rotates the session (SESS-2) and sends them on.
struct ReauthenticateController {
    let pages: PortalPages
    let authenticator: PortalAuthenticator
    let sessionStore: any KeyValueStore
    let cookieName: String

    /// How long a re-authentication lasts.
    static let freshSeconds: Int64 = 10 * 60

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal/confirm-identity", use: show)
        group.post("/portal/confirm-identity", use: check)
    }

    /// A redirect to this page when the member has not proved who they are in the last 10 minutes; nil if they have.
    static func challenge(_ context: StaffRequestContext, clock: any WallClock, next: String) -> Response? {
        let at = context.sessions.session?.reauthenticatedAt?.microseconds ?? 0
        guard clock.now().microseconds - at > freshSeconds * 1_000_000 else { return nil }
        return HTML.redirect(to: "/portal/confirm-identity?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let next = Self.safeNext(request.uri.queryParameters.get("next"))
        if member.account.secondFactor == .email {
            let code = try await CodeChecker(pages: pages).sendCode(to: member.account, context: context)
            var pending = PendingSignIn(accountID: member.account.id, staff: false, passwordCheckedAt: pages.clock.now())
            pending.emailCode = code
            context.sessions.withLockedSession { $0?.pendingSignIn = pending }
        }
        return page(context, member: member, next: next, errors: [], status: .ok)
    }

    @Sendable func check(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let next = Self.safeNext(context.form["next"])
        let now = pages.clock.now()
        let key = SignInKey.account(member.account.email)
        let throttle = pages.portal.throttle
        guard await throttle.check(account: key, ip: context.clientAddress, device: nil, at: now) == .allowed else {
            return page(context, member: member, next: next, errors: [FieldError(field: "password", message:
                "You have tried too many times. Wait a few minutes and try again")], status: .tooManyRequests)
        }
        let password = try await authenticator.authenticate(account: member.account, password: context.form["password"])
        let pending = context.sessions.session?.pendingSignIn
        let factor = try await CodeChecker(pages: pages).verify(
            context.form["code"], emailCode: pending?.accountID == member.account.id ? pending?.emailCode : nil,
            account: member.account, now: now, context: context) { code in
                context.sessions.withLockedSession { $0?.pendingSignIn?.emailCode = code }
            }
        guard case .success = password, factor != nil else {
            await throttle.recordFailure(account: key, ip: context.clientAddress, device: nil, at: now)
            context.logger.notice("Re-authentication failed", metadata: [
                "event": "portal.reauthentication.failed", "account_id": "\(member.account.id)",
            ])
            return page(context, member: member, next: next, errors: [FieldError(field: "password", message:
                "Enter your correct password and a current security code")], status: .unauthorized)
        }
        var session = StaffSession.member(accountID: member.account.id, now: now)
        session.createdAt = context.sessions.session?.createdAt ?? now  // the absolute timeout still counts
        session.portalSessionID = context.sessions.session?.portalSessionID  // the same browser's session (SESS-5)
        if let oldID = request.cookies[cookieName]?.value {
            try await sessionStore.remove(key: SessionCookie.keyPrefix + oldID)
        }
        context.sessions.createSession(session)
        context.logger.info("Member re-authenticated", metadata: [
            "event": "portal.reauthentication.succeeded", "factor": "\(factor ?? "")", "account_id": "\(member.account.id)",
        ])
        return HTML.redirect(to: next)
    }

    /// Only paths within the portal are followed (no open redirect).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/portal/"), !next.contains("//"), !next.contains("\\") else { return "/portal/home" }
        return next
    }

    private func page(_ context: StaffRequestContext, member: PortalMember, next: String, errors: [FieldError],
                      status: HTTPResponse.Status) -> Response {
        pages.render(ReauthenticatePage(context: context, next: next, usesEmail: member.account.secondFactor == .email,
                                        errors: errors), "portal-confirm-identity", status: status)
    }
}
