/// A document the pensioner payroll issued to a pensioner, for the member portal: a P60 for a tax year or a
/// payslip for a month. The PDF is in the ``DocumentStore`` under `storageKey`.
public struct PayrollDocument: Hashable, Sendable {
    /// What the document is.
    public enum Kind: String, Sendable, CaseIterable {
        /// The end-of-year certificate of pay and tax (HMRC form P60), one per tax year.
        case p60
        /// A payslip, one per month paid.
        case payslip
    }

    public var id: Int64
    public var fundID: Int64
    public var personID: Int64
    public var recordID: Int64
    public var kind: Kind
    /// `2024-25` (the tax year) for a P60, `2025-10` (the month) for a payslip.
    public var period: String
    public var byteCount: Int64
    /// Hex SHA-256 of the PDF.
    public var sha256: String
    public var storageKey: String
    public var createdAt: Timestamp
    /// Who imported it.
    public var createdBy: String

    public init(id: Int64, fundID: Int64, personID: Int64, recordID: Int64, kind: Kind, period: String,
                byteCount: Int64, sha256: String, storageKey: String, createdAt: Timestamp, createdBy: String) {
        self.id = id
        self.fundID = fundID
        self.personID = personID
        self.recordID = recordID
        self.kind = kind
        self.period = period
        self.byteCount = byteCount
        self.sha256 = sha256
        self.storageKey = storageKey
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}

/// P60s and payslips: added by the payroll import, read by the portal (the member's own) and by staff (their fund's).
public protocol PayrollDocumentRepository: Sendable {
    /// Adds the documents in one transaction, each audited; one already held for the same record, kind and period
    /// is left as it is. Returns those added (ids assigned).
    func add(_ documents: [PayrollDocument], actor: Actor) async throws -> [PayrollDocument]
    /// The person's documents, newest period first.
    func list(fundID: Int64, personID: Int64) async throws -> [PayrollDocument]
    /// One of the fund's documents (and the person's, when given), or nil (AC-3, AC-6).
    func get(fundID: Int64, personID: Int64?, id: Int64) async throws -> PayrollDocument?
    /// The fund's record with `memberNumber` and whose it is, for an import; nil when there is none.
    func record(fundID: Int64, memberNumber: String) async throws -> (recordID: Int64, personID: Int64)?
}
