import LGPSPortal
import LGPSStorage

/// What the server keeps for one browser session (SESS-1: the cookie only carries an opaque random id). A session
/// belongs to a staff user or to a portal member (or to nobody yet), never both.
public struct StaffSession: Codable, Sendable, Equatable {
    /// Anti-CSRF token every POST form must echo (SESS-9).
    public var csrfToken: String
    /// The signed-in staff user; `nil` before sign-in (the session then only protects the login form).
    public var userID: Int64?
    /// When the session began (for the absolute timeout, SESS-3).
    public var createdAt: Timestamp
    /// The last request seen (for the idle timeout, SESS-3).
    public var lastSeenAt: Timestamp
    /// A one-off success message for the next page ("Personal details saved").
    public var flash: String?
    /// The signed-in portal member's account, once both factors are checked (AUTH-11).
    public var memberAccountID: Int64?
    /// A sign-in whose password was right and whose second factor is awaited.
    public var pendingSignIn: PendingSignIn?
    /// The member's portal session row (SESS-5, SESS-7): each request checks it was not ended elsewhere.
    public var portalSessionID: String?
    /// When the member last proved who they are again (SESS-6: needed before changing email or nominations).
    public var reauthenticatedAt: Timestamp?

    /// A new session with a fresh CSRF token.
    public init(userID: Int64?, now: Timestamp) {
        csrfToken = SecureToken.make()
        self.userID = userID
        createdAt = now
        lastSeenAt = now
        flash = nil
    }

    /// A new session for a signed-in portal member (SESS-2: a new id and CSRF token).
    public static func member(accountID: Int64, now: Timestamp) -> StaffSession {
        var session = StaffSession(userID: nil, now: now)
        session.memberAccountID = accountID
        session.reauthenticatedAt = now
        return session
    }
}

/// The half of a sign-in that is done: whose password matched, when, and any email code sent (AUTH-13: the code
/// is bound to this sign-in attempt).
public struct PendingSignIn: Codable, Sendable, Equatable {
    /// The portal account (or staff user) whose password matched.
    public var accountID: Int64
    /// Whether this is a staff sign-in (staff must use two-factor too, AUTH-11).
    public var staff: Bool
    /// When the password was checked; the second factor must follow within `PendingSignIn.lifetimeSeconds`.
    public var passwordCheckedAt: Timestamp
    /// The email code sent for this attempt, hashed.
    public var emailCode: EmailCode?
    /// A second factor being set up (staff who have none yet): the secret shown, sealed.
    public var enrollingSecretSealed: String?

    /// Minutes allowed between the password and the second factor.
    public static let lifetimeSeconds: Int64 = 10 * 60

    public init(accountID: Int64, staff: Bool, passwordCheckedAt: Timestamp) {
        self.accountID = accountID
        self.staff = staff
        self.passwordCheckedAt = passwordCheckedAt
    }

    /// Whether the password step is still fresh at `now`.
    public func isFresh(at now: Timestamp) -> Bool {
        now.microseconds - passwordCheckedAt.microseconds <= Self.lifetimeSeconds * 1_000_000
    }
}
