/// Activation keys (stored as hashes only) and the mailings that issue them in bulk (AUTH-9).
public protocol ActivationKeyRepository: Sendable {
    /// Stores a mailing and its keys (`keys` are person id and key hash) in one transaction, with one audit entry
    /// for the mailing. Throws `StorageError.notFound` (and stores nothing) if a person is not in the fund.
    func createMailing(fundID: Int64, description: String, statusFilter: String?, expiresAt: Timestamp,
                       keys: [(personID: Int64, keyHash: String)], at: Timestamp, actor: Actor) async throws
        -> ActivationMailing
    /// One key for one person (a staff action), revoking that person's earlier unused keys, audited.
    /// Throws `StorageError.notFound` if the person is not in the fund.
    func createKey(fundID: Int64, personID: Int64, keyHash: String, expiresAt: Timestamp, at: Timestamp,
                   actor: Actor) async throws -> ActivationKeyRecord
    /// The key with this hash, across the instance, whatever its state.
    func find(keyHash: String) async throws -> ActivationKeyRecord?
    /// The fund's mailings, newest first, with their keys counted as used, unused and live, expired or revoked
    /// as at `at`.
    func mailings(fundID: Int64, at: Timestamp) async throws -> [ActivationMailing]
    /// People of the fund who hold at least one record whose current status is one of `statuses`
    /// (`MemberStatus` raw values), have no portal account and, when `excludingLiveKeysAt` is given, no key that
    /// is unused, unrevoked and unexpired at that moment; in person id order after `afterPersonID`, at most
    /// `limit`. Read in person order from one index, so a page costs about `limit` index entries however large
    /// the fund.
    func peopleWithoutAccounts(fundID: Int64, statuses: [String], excludingLiveKeysAt: Timestamp?,
                               after afterPersonID: Int64, limit: Int) async throws -> [Int64]
}
