/// A person's bank details as stored: sealed (CRYPTO-3), with the masked account number to show.
public struct StoredBankDetails: Hashable, Sendable, Codable {
    /// `current` (in use) or `pending` (waiting for a member of staff to check).
    public enum State: String, Sendable, Codable { case current, pending }

    public var fundID: Int64
    public var personID: Int64
    public var state: State
    /// The details sealed by the caller; storage never sees them in the clear.
    public var sealed: String
    /// The account number with all but its last four digits hidden ("****5678").
    public var masked: String
    /// The work queue task that asks staff to check a pending change.
    public var taskID: Int64?
    public var updatedAt: Timestamp
    public var updatedBy: String

    public init(fundID: Int64, personID: Int64, state: State, sealed: String, masked: String, taskID: Int64?,
                updatedAt: Timestamp, updatedBy: String) {
        self.fundID = fundID
        self.personID = personID
        self.state = state
        self.sealed = sealed
        self.masked = masked
        self.taskID = taskID
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

/// Bank details for pensioners, by fund and person.
public protocol BankDetailsRepository: Sendable {
    /// The person's details in `state`, if any.
    func details(fundID: Int64, personID: Int64, state: StoredBankDetails.State) async throws -> StoredBankDetails?
    /// Stores `details` (replacing any in the same state) with an audit entry naming only the masked number
    /// (AUDIT-1, DATA-3); storing current details clears a pending change.
    func save(_ details: StoredBankDetails, actor: Actor) async throws
    /// A member of staff accepts the pending change: it becomes the details in use, in one transaction, audited;
    /// nil when no change is waiting.
    func applyPending(fundID: Int64, personID: Int64, at: Timestamp, actor: Actor) async throws -> StoredBankDetails?
    /// A member of staff turns the pending change down: it is deleted, audited; false when none was waiting.
    func discardPending(fundID: Int64, personID: Int64, at: Timestamp, actor: Actor) async throws -> Bool
}
