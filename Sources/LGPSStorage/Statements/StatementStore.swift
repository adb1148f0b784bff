import LGPSRules

/// Statement runs, their items and the stored statements. Every read is scoped by fund.
public protocol StatementStore: Sendable {
    /// Every record's status history in the fund (or just `record`), in record id order: what a run plans from.
    func statusHistories(fundID: Int64, record: Int64?) async throws -> [(recordID: Int64, periods: [StatusPeriod])]
    /// Stores a new run and its items (`run.id` is assigned) in one transaction.
    func create(_ run: StatementRunRow, items: [(recordID: Int64, kind: String)]) async throws -> StatementRunRow
    func run(fundID: Int64, id: Int64) async throws -> StatementRunRow?
    /// The fund's runs, newest first.
    func runs(fundID: Int64, limit: Int) async throws -> [StatementRunRow]
    /// Takes (or renews) the run's lease for `owner` until `until`, unless another owner holds an unexpired one
    /// (other than `replacing`, a holder known to have died).
    func acquireLease(runID: Int64, owner: String, now: Timestamp, until: Timestamp, replacing: String?)
        async throws -> Bool
    /// Who holds the run's lease, if anyone.
    func leaseHolder(runID: Int64) async throws -> String?
    func releaseLease(runID: Int64, owner: String) async throws
    /// Puts items a stopped worker had claimed back one step (`claimed` → `pending`, `printing` → `rendered`).
    func releaseClaims(runID: Int64) async throws
    /// Up to `limit` items in `status` after `position`, in position order, without changing them: the worker
    /// holding the run's lease takes its next batch this way, so taking a batch never waits for the previous
    /// batch's write to commit (the write settles the items and records their batch number).
    func items(runID: Int64, status: StatementRunItem.Status, after position: Int64, limit: Int) async throws
        -> [StatementRunItem]
    /// Claims up to `limit` items in `from` status, in position order, moving them to `to` with `batch`.
    func claim(runID: Int64, from: StatementRunItem.Status, to: StatementRunItem.Status, batch: Int64, limit: Int)
        async throws -> [StatementRunItem]
    /// Stores a batch's statements and settles its items, in one transaction (one commit, one fsync).
    func complete(runID: Int64, statements: [StoredStatement], settled: [StatementRunItem], at: Timestamp)
        async throws
    /// Stores a batch's PDFs and marks their items done, in one transaction.
    func completePDFs(runID: Int64, pdfs: [StatementPDF], settled: [StatementRunItem], at: Timestamp) async throws
    /// Stores one statement's PDF made outside a run (on first download), with its SHA-256 on the statement.
    func storePDF(_ pdf: StatementPDF) async throws
    func finish(runID: Int64, at: Timestamp) async throws
    /// Item counts by kind and status.
    func counts(runID: Int64) async throws -> [StatementCount]
    /// Items finished at or after `since` (for the rate).
    func finishedCount(runID: Int64, since: Timestamp) async throws -> Int
    func exceptions(runID: Int64) async throws -> [StatementRunItem]
    /// The highest batch number used so far (0 for none).
    func lastBatch(runID: Int64) async throws -> Int64
    /// Statements of the run that go to paper, in position order after `after`, with their PDFs.
    func paperStatements(runID: Int64, after: Int64, limit: Int) async throws
        -> [(position: Int64, recordID: Int64, pdf: [UInt8]?)]
    /// One line per stored statement of the year, in record id order.
    func manifest(fundID: Int64, year: SchemeYear) async throws -> [StatementManifestLine]
    /// The stored figures (extract row JSON) of the year's statements after `after`, in record id order.
    func figures(fundID: Int64, year: SchemeYear, after: Int64, limit: Int) async throws
        -> [(recordID: Int64, kind: String, json: String)]
    func statement(fundID: Int64, recordID: Int64, year: SchemeYear) async throws -> StoredStatement?
    /// The record's statements, newest year first (HTML left empty: read one with ``statement``).
    func statements(fundID: Int64, recordID: Int64) async throws -> [StoredStatement]
    func pdf(fundID: Int64, recordID: Int64, year: SchemeYear) async throws -> [UInt8]?
}

/// A statement's PDF, ready to store.
public struct StatementPDF: Sendable, Hashable {
    public var fundID: Int64
    public var recordID: Int64
    public var schemeYear: SchemeYear
    public var bytes: [UInt8]
    public var sha256: String

    public init(fundID: Int64, recordID: Int64, schemeYear: SchemeYear, bytes: [UInt8], sha256: String) {
        self.fundID = fundID
        self.recordID = recordID
        self.schemeYear = schemeYear
        self.bytes = bytes
        self.sha256 = sha256
    }
}

/// How many items of one kind are in one status.
public struct StatementCount: Sendable, Hashable, Codable {
    public var kind: String
    public var status: StatementRunItem.Status
    public var count: Int

    public init(kind: String, status: StatementRunItem.Status, count: Int) {
        self.kind = kind
        self.status = status
        self.count = count
    }
}
