/// An activation key as stored: only its hash (the key itself goes to the member and nowhere else). Single use,
/// expiring and revocable (AUTH-9).
public struct ActivationKeyRecord: Hashable, Sendable, Codable {
    public var id: Int64
    public var fundID: Int64
    public var personID: Int64
    /// The mailing that issued it; nil for a key issued to one person by staff.
    public var mailingID: Int64?
    public var keyHash: String
    public var expiresAt: Timestamp
    public var createdAt: Timestamp
    public var usedAt: Timestamp?
    public var revokedAt: Timestamp?

    public init(id: Int64, fundID: Int64, personID: Int64, mailingID: Int64?, keyHash: String, expiresAt: Timestamp,
                createdAt: Timestamp, usedAt: Timestamp? = nil, revokedAt: Timestamp? = nil) {
        self.id = id
        self.fundID = fundID
        self.personID = personID
        self.mailingID = mailingID
        self.keyHash = keyHash
        self.expiresAt = expiresAt
        self.createdAt = createdAt
        self.usedAt = usedAt
        self.revokedAt = revokedAt
    }

    /// Whether the key could still complete a registration at `at`: unused, unrevoked and not expired (a key
    /// expires at `expiresAt`).
    public func isUsable(at: Timestamp) -> Bool {
        usedAt == nil && revokedAt == nil && at < expiresAt
    }
}
