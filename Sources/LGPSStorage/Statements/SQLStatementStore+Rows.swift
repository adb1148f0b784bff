import LGPSRules
import SQLKit

/// How runs and items are flattened into rows and read back.
extension SQLStatementStore {
    static func values(_ run: StatementRunRow) -> [any SQLCellConvertible] {
        [run.id, run.fundID, Int64(run.schemeYear.startYear), run.kind, run.recordFilter, run.limit.map(Int64.init),
         run.pdfMode, run.issuedOn.description, run.status.rawValue, run.startedBy, run.createdAt.microseconds,
         run.finishedAt?.microseconds]
    }

    static func decodeRun(_ row: any SQLRow) throws -> StatementRunRow {
        StatementRunRow(
            id: try row.int64("id"), fundID: try row.int64("fund_id"),
            schemeYear: SchemeYear(startYear: Int(try row.int64("scheme_year"))),
            kind: try row.optionalString("kind"), recordFilter: try row.optionalInt64("record_filter"),
            limit: try row.optionalInt64("limit_count").map(Int.init), pdfMode: try row.string("pdf_mode"),
            issuedOn: try row.date("issued_on"), status: try row.code("status", as: StatementRunRow.Status.self),
            startedBy: try row.string("started_by"),
            createdAt: Timestamp(microseconds: try row.int64("created_at_us")),
            finishedAt: try row.optionalInt64("finished_at_us").map(Timestamp.init(microseconds:)))
    }

    static func decodeItem(_ row: any SQLRow) throws -> StatementRunItem {
        StatementRunItem(runID: try row.int64("run_id"), position: try row.int64("position"),
                         recordID: try row.int64("record_id"), kind: try row.string("kind"),
                         status: try row.code("status", as: StatementRunItem.Status.self),
                         batch: try row.optionalInt64("batch"), message: try row.optionalString("message"))
    }

    static let statementColumns = ["fund_id", "record_id", "scheme_year", "kind", "run_id", "issued_on", "paper",
                                   "html", "html_sha256", "figures_json", "notes_json", "dashboard_json",
                                   "pdf_sha256", "created_at_us"]

    static func values(_ s: StoredStatement) -> [any SQLCellConvertible] {
        [s.fundID, s.recordID, Int64(s.schemeYear.startYear), s.kind, s.runID, s.issuedOn.description,
         Int64(s.paper ? 1 : 0), s.html, s.htmlSHA256, s.figuresJSON, s.notesJSON, s.dashboardJSON, s.pdfSHA256,
         s.createdAt.microseconds]
    }

    static func decodeStatement(_ row: any SQLRow, withHTML: Bool) throws -> StoredStatement {
        StoredStatement(
            fundID: try row.int64("fund_id"), recordID: try row.int64("record_id"),
            schemeYear: SchemeYear(startYear: Int(try row.int64("scheme_year"))), kind: try row.string("kind"),
            runID: try row.int64("run_id"), issuedOn: try row.date("issued_on"), paper: try row.int64("paper") != 0,
            html: withHTML ? try row.string("html") : "", htmlSHA256: try row.string("html_sha256"),
            figuresJSON: try row.string("figures_json"), notesJSON: try row.string("notes_json"),
            dashboardJSON: try row.string("dashboard_json"), pdfSHA256: try row.optionalString("pdf_sha256"),
            createdAt: Timestamp(microseconds: try row.int64("created_at_us")))
    }
}
