import Foundation
import LGPSRules
import SQLKit

/// Reading a run's progress and the stored statements.
extension SQLStatementStore {
    func counts(runID: Int64) async throws -> [StatementCount] {
        let rows = try await database.sql.select().column("kind").column("status")
            .column(SQLFunction("count", args: SQLLiteral.all), as: "n")
            .from("statement_items").where("run_id", .equal, runID).groupBy("kind").groupBy("status").all()
        return try rows.map {
            StatementCount(kind: try $0.string("kind"), status: try $0.code("status", as: StatementRunItem.Status.self),
                           count: Int(try $0.int64("n")))
        }.sorted { ($0.kind, $0.status.rawValue) < ($1.kind, $1.status.rawValue) }
    }

    func finishedCount(runID: Int64, since: Timestamp) async throws -> Int {
        let row = try await database.sql.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n")
            .from("statement_items").where("run_id", .equal, runID)
            .where("finished_at_us", .greaterThanOrEqual, since.microseconds).first()
        return Int(try row?.int64("n") ?? 0)
    }

    func exceptions(runID: Int64) async throws -> [StatementRunItem] {
        try await database.sql.select().columns(Self.itemColumns).from("statement_items")
            .where("run_id", .equal, runID).where("status", .equal, StatementRunItem.Status.exception.rawValue)
            .orderBy("position").all().map(Self.decodeItem)
    }

    func paperStatements(runID: Int64, after: Int64, limit: Int) async throws
        -> [(position: Int64, recordID: Int64, pdf: [UInt8]?)] {
        let rows = try await database.sql.select()
            .column(SQLColumn("position", table: "i")).column(SQLColumn("record_id", table: "i"))
            .column(SQLColumn("pdf", table: "p"))
            .from(SQLAlias(SQLIdentifier("statement_items"), as: SQLIdentifier("i")))
            .join(SQLAlias(SQLIdentifier("statement_runs"), as: SQLIdentifier("r")),
                  on: SQLColumn("id", table: "r"), .equal, SQLColumn("run_id", table: "i"))
            .join(SQLAlias(SQLIdentifier("statements"), as: SQLIdentifier("s")), on: SQLRaw(
                "s.record_id = i.record_id AND s.scheme_year = r.scheme_year"))
            .join(SQLAlias(SQLIdentifier("statement_pdfs"), as: SQLIdentifier("p")), method: SQLJoinMethod.left,
                  on: SQLRaw("p.record_id = s.record_id AND p.scheme_year = s.scheme_year"))
            .where(SQLColumn("run_id", table: "i"), .equal, SQLBind(runID))
            .where(SQLColumn("position", table: "i"), .greaterThan, SQLBind(after))
            .where(SQLColumn("paper", table: "s"), .equal, SQLBind(Int64(1)))
            .orderBy(SQLColumn("position", table: "i")).limit(limit).all()
        return try rows.map {
            (try $0.int64("position"), try $0.int64("record_id"),
             try $0.decodeNil(column: "pdf") ? nil : [UInt8](try $0.decode(column: "pdf", as: Data.self)))
        }
    }

    func manifest(fundID: Int64, year: SchemeYear) async throws -> [StatementManifestLine] {
        try await database.sql.select().columns("record_id", "kind", "html_sha256", "pdf_sha256").from("statements")
            .where("fund_id", .equal, fundID).where("scheme_year", .equal, Int64(year.startYear))
            .orderBy("record_id").all().map {
                StatementManifestLine(recordID: try $0.int64("record_id"), kind: try $0.string("kind"),
                                      htmlSHA256: try $0.string("html_sha256"),
                                      pdfSHA256: try $0.optionalString("pdf_sha256"))
            }
    }

    func figures(fundID: Int64, year: SchemeYear, after: Int64, limit: Int) async throws
        -> [(recordID: Int64, kind: String, json: String)] {
        try await database.sql.select().columns("record_id", "kind", "figures_json").from("statements")
            .where("fund_id", .equal, fundID).where("scheme_year", .equal, Int64(year.startYear))
            .where("record_id", .greaterThan, after).orderBy("record_id").limit(limit).all().map {
                (try $0.int64("record_id"), try $0.string("kind"), try $0.string("figures_json"))
            }
    }

    func statement(fundID: Int64, recordID: Int64, year: SchemeYear) async throws -> StoredStatement? {
        try await database.sql.select().columns(Self.statementColumns).from("statements")
            .where("fund_id", .equal, fundID).where("record_id", .equal, recordID)
            .where("scheme_year", .equal, Int64(year.startYear)).first()
            .map { try Self.decodeStatement($0, withHTML: true) }
    }

    func statements(fundID: Int64, recordID: Int64) async throws -> [StoredStatement] {
        try await database.sql.select().columns(Self.statementColumns.filter { $0 != "html" }).from("statements")
            .where("fund_id", .equal, fundID).where("record_id", .equal, recordID)
            .orderBy("scheme_year", .descending).all().map { try Self.decodeStatement($0, withHTML: false) }
    }

    func pdf(fundID: Int64, recordID: Int64, year: SchemeYear) async throws -> [UInt8]? {
        try await database.sql.select().column("pdf").from("statement_pdfs").where("fund_id", .equal, fundID)
            .where("record_id", .equal, recordID).where("scheme_year", .equal, Int64(year.startYear)).first()
            .map { [UInt8](try $0.decode(column: "pdf", as: Data.self)) }
    }
}
