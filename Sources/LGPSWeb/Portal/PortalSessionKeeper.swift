import Hummingbird
import LGPSPortal
import LGPSStorage

/// Starts, lists and ends a member's portal sessions (SESS-5) and holds them to the limit on sessions at once
/// (SESS-7). The session data stays in the key/value store; the row here is what the member sees and what each
/// request checks, so a session ended from another browser stops working at its next request.
struct PortalSessionKeeper: Sendable {
    let sessions: any PortalSessionRepository
    let idleTimeout: Duration
    let absoluteTimeout: Duration
    let limit: Int

    init(pages: PortalPages) {
        sessions = pages.portal.sessions
        idleTimeout = pages.configuration.sessionIdleTimeout
        absoluteTimeout = pages.configuration.memberSessionAbsoluteTimeout
        limit = pages.configuration.memberSessionLimit
    }

    /// Sessions count as live while used within the idle timeout and begun within the absolute one (SESS-3).
    func window(at now: Timestamp) -> PortalSessionWindow {
        PortalSessionWindow(usedSince: Timestamp(microseconds: now.microseconds - idleTimeout.microseconds),
                            begunSince: Timestamp(microseconds: now.microseconds - absoluteTimeout.microseconds))
    }

    /// Records a new session for `account` from the browser that sent `request`, ending the oldest beyond the
    /// limit (logged, LOG-3); returns its id for the session data.
    func start(account: PortalAccount, request: Request, at now: Timestamp,
               context: StaffRequestContext) async throws -> String {
        let record = PortalSessionRecord(
            id: SecureToken.make(), fundID: account.fundID, accountID: account.id,
            device: DeviceDescription.describe(userAgent: request.headers[.userAgent]), createdAt: now, lastSeenAt: now)
        let ended = try await sessions.start(record, limit: limit, liveSince: window(at: now))
        if ended > 0 {
            context.logger.info("Oldest portal sessions ended at the limit", metadata: [
                "event": "portal.session.limit", "account_id": "\(account.id)", "ended": "\(ended)",
                "limit": "\(limit)",
            ])
        }
        return record.id
    }
}
