import LGPSRules
import LGPSStatements

/// What a statement run is asked to do, from the command line or the staff page.
public struct StatementRunRequest: Sendable, Hashable {
    public var fundID: Int64
    public var year: SchemeYear
    public var kind: StatementKind?
    public var record: Int64?
    public var limit: Int?
    public var pdfs: PDFMode
    /// The date the statements carry; today when not given (kept with the run, so a resumed run prints the same).
    public var issuedOn: CalendarDate?
    /// Start again even when a run for the same statements exists (statements are replaced).
    public var fresh: Bool
    /// `cli` or the staff user's email.
    public var startedBy: String

    /// Which statements get a PDF.
    public enum PDFMode: String, Sendable, Hashable, CaseIterable {
        /// Every statement (stored with it, for printing or download).
        case all
        /// Only members who asked for paper (the print file).
        case paper
        case none
    }

    public init(fundID: Int64, year: SchemeYear, kind: StatementKind? = nil, record: Int64? = nil, limit: Int? = nil,
                pdfs: PDFMode = .all, issuedOn: CalendarDate? = nil, fresh: Bool = false, startedBy: String = "cli") {
        self.fundID = fundID
        self.year = year
        self.kind = kind
        self.record = record
        self.limit = limit
        self.pdfs = pdfs
        self.issuedOn = issuedOn
        self.fresh = fresh
        self.startedBy = startedBy
    }
}
