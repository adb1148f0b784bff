import LGPSRules

/// One annual benefit statement run as stored: what it covers, the date its statements carry, and its state.
public struct StatementRunRow: Sendable, Hashable, Codable {
    public var id: Int64
    public var fundID: Int64
    public var schemeYear: SchemeYear
    /// `active`, `deferred` or `pension_credit`; nil for every kind.
    public var kind: String?
    /// The one record the run covers, when started for a single record.
    public var recordFilter: Int64?
    /// The most records the run covers, when limited.
    public var limit: Int?
    /// Which statements get a PDF: `all`, `paper` or `none`.
    public var pdfMode: String
    /// The date printed on every statement of the run (kept, so a resumed run prints the same date).
    public var issuedOn: CalendarDate
    public var status: Status
    /// Who started it: a staff user's email or `cli`.
    public var startedBy: String
    public var createdAt: Timestamp
    public var finishedAt: Timestamp?

    public enum Status: String, Sendable, Hashable, Codable {
        case running
        case complete
    }

    public init(id: Int64, fundID: Int64, schemeYear: SchemeYear, kind: String?, recordFilter: Int64?, limit: Int?,
                pdfMode: String, issuedOn: CalendarDate, status: Status, startedBy: String, createdAt: Timestamp,
                finishedAt: Timestamp? = nil) {
        self.id = id
        self.fundID = fundID
        self.schemeYear = schemeYear
        self.kind = kind
        self.recordFilter = recordFilter
        self.limit = limit
        self.pdfMode = pdfMode
        self.issuedOn = issuedOn
        self.status = status
        self.startedBy = startedBy
        self.createdAt = createdAt
        self.finishedAt = finishedAt
    }

    /// Whether `other` asks for the same statements (same fund, year, kind, record and limit).
    public func covers(sameAs other: StatementRunRow) -> Bool {
        fundID == other.fundID && schemeYear == other.schemeYear && kind == other.kind
            && recordFilter == other.recordFilter && limit == other.limit
    }
}
