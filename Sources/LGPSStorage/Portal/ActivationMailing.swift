/// A bulk activation letter run: one key per member chosen, all expiring together (AUTH-9: postal keys live for
/// a lifetime set per mailing). The counts are as at the time the mailing was read.
public struct ActivationMailing: Hashable, Sendable, Codable {
    public var id: Int64
    public var fundID: Int64
    public var description: String
    /// The member statuses the mailing chose (as the caller wrote them), if it chose by status.
    public var statusFilter: String?
    public var expiresAt: Timestamp
    public var createdAt: Timestamp
    /// The actor id of whoever created it.
    public var createdBy: String
    public var keyCount: Int
    /// Keys that completed a registration.
    public var used: Int
    /// Keys neither used nor revoked that have not yet expired.
    public var unusedLive: Int
    /// Keys neither used nor revoked whose expiry has passed.
    public var expired: Int
    /// Keys revoked unused (a later key was issued to the same person).
    public var revoked: Int

    public init(id: Int64, fundID: Int64, description: String, statusFilter: String?, expiresAt: Timestamp,
                createdAt: Timestamp, createdBy: String, keyCount: Int, used: Int = 0, unusedLive: Int = 0,
                expired: Int = 0, revoked: Int = 0) {
        self.id = id
        self.fundID = fundID
        self.description = description
        self.statusFilter = statusFilter
        self.expiresAt = expiresAt
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.keyCount = keyCount
        self.used = used
        self.unusedLive = unusedLive
        self.expired = expired
        self.revoked = revoked
    }
}
