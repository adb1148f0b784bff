import LGPSStorage

/// What the server keeps for one browser session (SESS-1: the cookie only carries an opaque random id).
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

    /// A new session with a fresh CSRF token.
    public init(userID: Int64?, now: Timestamp) {
        csrfToken = SecureToken.make()
        self.userID = userID
        createdAt = now
        lastSeenAt = now
        flash = nil
    }
}
