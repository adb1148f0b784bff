import Hummingbird
import HummingbirdAuth
import LGPSStorage
import Logging

/// Ends sessions past their idle or absolute timeout (SESS-3), loads the signed-in staff user into the context,
/// and slides the idle timeout along with activity (writing at most once a minute).
struct SessionLoaderMiddleware: RouterMiddleware {
    typealias Context = StaffRequestContext
    let staff: any StaffUserRepository
    let clock: any WallClock
    let idleTimeout: Duration
    let absoluteTimeout: Duration
    /// How stale `lastSeenAt` may get before it is rewritten.
    let touchInterval: Duration = .seconds(60)

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        guard let session = context.sessions.session else { return try await next(request, context) }
        let now = clock.now().microseconds
        let idle = now - session.lastSeenAt.microseconds
        let age = now - session.createdAt.microseconds
        if idle > idleTimeout.microseconds || age > absoluteTimeout.microseconds {
            context.sessions.clearSession()
            if let userID = session.userID {
                context.logger.info("Session timed out", metadata: [
                    "event": "staff.session.timeout", "user_id": "\(userID)",
                    "reason": idle > idleTimeout.microseconds ? "idle" : "absolute",
                ])
                context.sessionTimedOut = true
            }
            return try await next(request, context)
        }
        if let userID = session.userID {
            if let user = try await staff.get(id: userID) {
                context.staff = user
                context.logger[metadataKey: "user_id"] = "\(user.id)"
            } else {
                context.sessions.clearSession()
                return try await next(request, context)
            }
        }
        if idle > touchInterval.microseconds {
            context.sessions.withLockedSession { data in
                data?.lastSeenAt = Timestamp(microseconds: now)
                data?.expiresIn = idleTimeout  // re-sends the cookie with a later expiry, and slides the stored one
            }
        }
        return try await next(request, context)
    }
}
