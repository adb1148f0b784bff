/// One of a member's portal sessions as they see it on their security page (SESS-5).
public struct PortalSessionRecord: Sendable, Equatable {
    /// Random, opaque; also kept in the session itself so each request can check it was not ended elsewhere.
    public var id: String
    public var fundID: Int64
    public var accountID: Int64
    /// The browser and system, summarised from the User-Agent header (never the address).
    public var device: String
    public var createdAt: Timestamp
    public var lastSeenAt: Timestamp
    /// When it was signed out, timed out or ended from another session; nil while it may still be used.
    public var endedAt: Timestamp?
    /// Why it ended: see ``PortalSessionEnd``.
    public var endReason: PortalSessionEnd?

    public init(id: String, fundID: Int64, accountID: Int64, device: String, createdAt: Timestamp,
                lastSeenAt: Timestamp, endedAt: Timestamp? = nil, endReason: PortalSessionEnd? = nil) {
        self.id = id
        self.fundID = fundID
        self.accountID = accountID
        self.device = device
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.endedAt = endedAt
        self.endReason = endReason
    }
}

/// Why a portal session ended.
public enum PortalSessionEnd: String, Sendable, Equatable {
    /// The member signed out of it.
    case signedOut = "signed-out"
    /// The member ended it from another session (SESS-5).
    case endedElsewhere = "ended-elsewhere"
    /// A newer sign-in took its place under the limit on sessions at once (SESS-7).
    case limit
    /// The password was changed or reset (SESS-5).
    case passwordChanged = "password-changed"
    /// Replaced by a new session at re-authentication (SESS-2).
    case replaced
}
