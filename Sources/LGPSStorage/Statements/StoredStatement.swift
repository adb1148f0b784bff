import LGPSRules

/// A member's statement for a Scheme year as stored by a run: serving it is a read, never a recalculation.
public struct StoredStatement: Sendable, Hashable, Codable {
    public var fundID: Int64
    public var recordID: Int64
    public var schemeYear: SchemeYear
    public var kind: String
    public var runID: Int64
    public var issuedOn: CalendarDate
    /// Whether the member asked for paper (the statement goes to the print file).
    public var paper: Bool
    public var html: String
    public var htmlSHA256: String
    /// The extract row: item column → value, as JSON.
    public var figuresJSON: String
    /// The Part 3 notes that apply, as JSON: each note's letter and heading (the text is in `html`).
    public var notesJSON: String
    /// Pensions dashboards value data recorded with the statement, as JSON.
    public var dashboardJSON: String
    /// Set once the PDF is stored.
    public var pdfSHA256: String?
    public var createdAt: Timestamp

    public init(fundID: Int64, recordID: Int64, schemeYear: SchemeYear, kind: String, runID: Int64,
                issuedOn: CalendarDate, paper: Bool, html: String, htmlSHA256: String, figuresJSON: String,
                notesJSON: String, dashboardJSON: String, pdfSHA256: String? = nil, createdAt: Timestamp) {
        self.fundID = fundID
        self.recordID = recordID
        self.schemeYear = schemeYear
        self.kind = kind
        self.runID = runID
        self.issuedOn = issuedOn
        self.paper = paper
        self.html = html
        self.htmlSHA256 = htmlSHA256
        self.figuresJSON = figuresJSON
        self.notesJSON = notesJSON
        self.dashboardJSON = dashboardJSON
        self.pdfSHA256 = pdfSHA256
        self.createdAt = createdAt
    }
}

/// One line of a year's statement manifest: enough to compare two runs.
public struct StatementManifestLine: Sendable, Hashable {
    public var recordID: Int64
    public var kind: String
    public var htmlSHA256: String
    public var pdfSHA256: String?

    public init(recordID: Int64, kind: String, htmlSHA256: String, pdfSHA256: String?) {
        self.recordID = recordID
        self.kind = kind
        self.htmlSHA256 = htmlSHA256
        self.pdfSHA256 = pdfSHA256
    }

    /// `record-id kind html-sha256 pdf-sha256` (a dash when there is no PDF).
    public var text: String { "\(recordID) \(kind) \(htmlSHA256) \(pdfSHA256 ?? "-")" }
}
