import Hummingbird
import HummingbirdAuth
import LGPSStorage
import Logging

/// Ends sessions past their idle or absolute timeout (SESS-3), loads the signed-in staff user or portal member
/// into the context (SESS-4: a disabled account's session ends here), and slides the idle timeout along with
/// activity (writing at most once a minute).
struct SessionLoaderMiddleware: RouterMiddleware {
    typealias Context = StaffRequestContext
    let staff: any StaffUserRepository
    let members: MemberLoader
    let clock: any WallClock
    let idleTimeout: Duration
    let absoluteTimeout: Duration
    let memberAbsoluteTimeout: Duration
    /// How stale `lastSeenAt` may get before it is rewritten.
    let touchInterval: Duration = .seconds(60)

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        guard let session = context.sessions.session else { return try await next(request, context) }
        let now = clock.now().microseconds
        let idle = now - session.lastSeenAt.microseconds
        let age = now - session.createdAt.microseconds
        let limit = session.memberAccountID == nil ? absoluteTimeout : memberAbsoluteTimeout
        if idle > idleTimeout.microseconds || age > limit.microseconds {
            context.sessions.clearSession()
            if session.userID != nil || session.memberAccountID != nil {
                context.logger.info("Session timed out", metadata: [
                    "event": session.userID != nil ? "staff.session.timeout" : "portal.session.timeout",
                    "user_id": "\(session.userID ?? session.memberAccountID ?? 0)",
                    "reason": idle > idleTimeout.microseconds ? "idle" : "absolute",
                ])
                context.sessionTimedOut = true
            }
            return try await next(request, context)
        }
        if let userID = session.userID {
            guard let user = try await staff.get(id: userID) else {
                context.sessions.clearSession()
                return try await next(request, context)
            }
            context.staff = user
            context.logger[metadataKey: "user_id"] = "\(user.id)"
        } else if let accountID = session.memberAccountID {
            guard let member = try await members.load(accountID: accountID, sessionID: session.portalSessionID) else {
                context.sessions.clearSession()
                return try await next(request, context)
            }
            context.member = member
            context.logger[metadataKey: "account_id"] = "\(accountID)"
        }
        if idle > touchInterval.microseconds {
            if let sessionID = session.portalSessionID {
                try await members.sessions.touch(id: sessionID, at: Timestamp(microseconds: now))
            }
            context.sessions.withLockedSession { data in
                data?.lastSeenAt = Timestamp(microseconds: now)
                data?.expiresIn = idleTimeout  // re-sends the cookie with a later expiry, and slides the stored one
            }
        }
        return try await next(request, context)
    }
}

/// Reads a signed-in member's account and person; nil when the account is gone or disabled (SESS-4), or when
/// the session was ended from elsewhere: signed out, ended from another browser or over the limit (SESS-5, SESS-7).
struct MemberLoader: Sendable {
    let accounts: any PortalAccountRepository
    let people: any PersonRepository
    let sessions: any PortalSessionRepository

    func load(accountID: Int64, sessionID: String?) async throws -> PortalMember? {
        guard let sessionID, let row = try await sessions.get(id: sessionID, accountID: accountID),
              row.endedAt == nil else { return nil }
        guard let account = try await accounts.get(id: accountID), account.status == .active,
              let person = try await people.get(fundID: account.fundID, id: account.personID) else { return nil }
        return PortalMember(account: account, person: person)
    }
}
