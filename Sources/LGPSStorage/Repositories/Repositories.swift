import LGPSRules

/// Funds in the instance.
public protocol FundRepository: Sendable {
    func create(code: String, name: String, actor: Actor) async throws -> Fund
    func get(id: Int64) async throws -> Fund?
    func get(code: String) async throws -> Fund?
    func all() async throws -> [Fund]
}

/// Employers of a fund.
public protocol EmployerRepository: Sendable {
    /// Stores `employer` (its `id` is assigned and returned) with its rates, audited.
    func create(_ employer: Employer, actor: Actor) async throws -> Employer
    func get(fundID: Int64, id: Int64) async throws -> Employer?
    func list(fundID: Int64) async throws -> [Employer]
}

/// People: search, read, create and audited edits. Every method is scoped by fund: an id from another fund
/// reads as absent.
public protocol PersonRepository: Sendable {
    func create(_ person: Person, actor: Actor) async throws -> Person
    func get(fundID: Int64, id: Int64) async throws -> Person?
    /// Search by surname prefix (optionally "forenames surname"), full NI number, member number or payroll
    /// reference. `page` starts at 1.
    func search(fundID: Int64, query: String, page: Int, pageSize: Int) async throws -> Page<PersonSummary>
    /// Replaces the person's personal details in one transaction with one audit entry (before/after of the
    /// fields that changed). Returns the updated person, or nil when absent from this fund.
    func update(_ person: Person, actor: Actor) async throws -> Person?
    func nominations(fundID: Int64, personID: Int64) async throws -> [Nomination]
    /// The people among `ids` in this fund, in the order of `ids` (for batch jobs).
    func getMany(fundID: Int64, ids: [Int64]) async throws -> [Person]
    /// The nominations of each of `personIDs` in this fund (people with none are absent).
    func nominations(fundID: Int64, personIDs: [Int64]) async throws -> [Int64: [Nomination]]
    /// Replaces the person's nominations (shares must total 100% or the list be empty), audited.
    func replaceNominations(fundID: Int64, personID: Int64, _ nominations: [Nomination], actor: Actor) async throws
}

/// Pension records and their histories.
public protocol RecordRepository: Sendable {
    /// Stores a whole record aggregate (ids of `memberRecord.record` assigned and returned), audited.
    func create(_ memberRecord: MemberRecord, actor: Actor) async throws -> MemberRecord
    func get(fundID: Int64, id: Int64) async throws -> MemberRecord?
    /// The whole aggregates among `ids` in this fund, in the order of `ids`, read with one query per table.
    func getMany(fundID: Int64, ids: [Int64]) async throws -> [MemberRecord]
    /// The ids of every record held by each of `personIDs` in this fund, in id order.
    func ids(fundID: Int64, personIDs: [Int64]) async throws -> [Int64: [Int64]]
    func summaries(fundID: Int64, personID: Int64) async throws -> [RecordSummary]
    /// Ids of the fund's records after `afterID` in id order, at most `limit` (for batch jobs and benchmarks).
    func ids(fundID: Int64, after afterID: Int64, limit: Int) async throws -> [Int64]
    /// Updates the record's own fields (dates, job title, references), audited; nil when absent.
    func update(_ record: PensionRecord, actor: Actor) async throws -> PensionRecord?
    /// Adds a pension debit after the record's others, audited; false when the record is not in the fund.
    func addDebit(_ debit: Debit, recordID: Int64, fundID: Int64, actor: Actor) async throws -> Bool
}

/// The hash-chained audit trail.
public protocol AuditRepository: Sendable {
    /// History of one entity in a fund, newest first.
    func history(fundID: Int64, entity: String, entityID: Int64, limit: Int) async throws -> [AuditEntry]
    /// Recomputes every hash in order; returns the first sequence number that does not match, or nil if intact.
    func verify() async throws -> AuditVerification
}

/// Result of checking the audit chain.
public struct AuditVerification: Sendable, Equatable {
    public var entriesChecked: Int64
    /// The first entry whose hash or link is wrong, if any.
    public var firstBrokenSequence: Int64?
    public init(entriesChecked: Int64, firstBrokenSequence: Int64?) {
        self.entriesChecked = entriesChecked
        self.firstBrokenSequence = firstBrokenSequence
    }
    public var isIntact: Bool { firstBrokenSequence == nil }
}

/// Staff users.
public protocol StaffUserRepository: Sendable {
    func create(_ user: StaffUser, actor: Actor) async throws -> StaffUser
    /// Looks up by email (case-insensitive) across the instance.
    func find(email: String) async throws -> StaffUser?
    func get(id: Int64) async throws -> StaffUser?
    /// Sets or clears the user's sealed TOTP secret, audited (AUTH-11; the secret never is).
    func setTOTP(userID: Int64, sealedSecret: String?, actor: Actor) async throws
    /// AUTH-12 replay protection: records `step` as the last TOTP step used only if none is recorded or the
    /// recorded one is lower (one compare-and-set UPDATE); false when the step was replayed or raced.
    func useTOTPStep(userID: Int64, step: Int64) async throws -> Bool
}

/// Short-lived key/value data with expiry (server-side sessions). Values are opaque bytes (JSON).
public protocol KeyValueStore: Sendable {
    /// Inserts; throws `StorageError.duplicateKey` if the key exists and has not expired.
    func create(key: String, value: [UInt8], expiresAt: Timestamp?) async throws
    func set(key: String, value: [UInt8], expiresAt: Timestamp?) async throws
    /// The value, or nil if absent or expired at `now`.
    func get(key: String, now: Timestamp) async throws -> [UInt8]?
    func remove(key: String) async throws
    /// Deletes every expired entry; returns how many.
    func purgeExpired(now: Timestamp) async throws -> Int
}

/// Bulk loading of generated or imported people, for `lgps generate` and benchmarks: everything in one batch
/// is written in one transaction with multi-row inserts, with one audit entry per person created.
public protocol BulkLoader: Sendable {
    /// Reserves `count` consecutive ids for `table`; returns the first.
    func reserveIDs(table: IDSequence, count: Int) async throws -> Int64
    /// Checks a batch and turns it into rows, without touching the database, so the next batch can be prepared
    /// while the previous one is written. Throws what ``load(_:actor:)`` would refuse.
    func prepare(_ batch: LoadBatch) throws -> PreparedBatch
    /// Writes a prepared batch in one transaction, with one chained audit entry per person created.
    func write(_ prepared: PreparedBatch, actor: Actor) async throws
}

extension BulkLoader {
    /// Prepares and writes a batch.
    public func load(_ batch: LoadBatch, actor: Actor) async throws {
        try await write(try prepare(batch), actor: actor)
    }
}

/// Tables whose ids the application allocates (so parents and children can be written in one batch).
public enum IDSequence: String, Sendable, CaseIterable {
    case fund, employer, person, record = "pension_record", staffUser = "staff_user", statementRun = "statement_run"
    case portalAccount = "portal_account", activationMailing = "activation_mailing", activationKey = "activation_key"
    case portalRegistration = "portal_registration", notification
    case workTask = "work_task", taskMessage = "task_message", memberDocument = "member_document"
    case payrollDocument = "payroll_document"
}

/// A batch of people with their nominations and records, ids already assigned.
public struct LoadBatch: Sendable {
    public var people: [Person]
    public var nominations: [(personID: Int64, nomination: Nomination)]
    public var records: [MemberRecord]
    public init(people: [Person], nominations: [(personID: Int64, nomination: Nomination)], records: [MemberRecord]) {
        self.people = people
        self.nominations = nominations
        self.records = records
    }
}

/// Errors storage reports in terms callers can act on.
public enum StorageError: Error, Equatable, Sendable {
    case duplicateKey(String)
    case notFound
    case invalid(String)
    case migration(String)
}
