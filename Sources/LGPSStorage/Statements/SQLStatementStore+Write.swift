import Foundation
import LGPSRules
import SQLKit

/// Storing a batch's results: statements and PDFs with their items settled, each batch in one transaction.
extension SQLStatementStore {
    func complete(runID: Int64, statements: [StoredStatement], settled: [StatementRunItem], at: Timestamp)
        async throws {
        try await database.bulkTransaction { session in
            for (year, group) in Dictionary(grouping: statements, by: \.schemeYear) {
                let ids = group.map(\.recordID)
                for table in ["statement_pdfs", "statements"] {
                    try await session.sql.delete(from: table).where("scheme_year", .equal, Int64(year.startYear))
                        .where("record_id", .in, ids).run()
                }
            }
            var rows = InsertRows(table: "statements", columns: Self.statementColumns)
            for statement in statements { rows.append(Self.values(statement)) }
            try await rows.run(on: session)
            try await Self.settle(runID: runID, settled, at: at, on: session.sql)
        }
    }

    func completePDFs(runID: Int64, pdfs: [StatementPDF], settled: [StatementRunItem], at: Timestamp) async throws {
        try await database.transaction { db in
            for pdf in pdfs { try await Self.insert(pdf, on: db) }
            try await Self.settle(runID: runID, settled, at: at, on: db)
        }
    }

    func storePDF(_ pdf: StatementPDF) async throws {
        try await database.transaction { db in try await Self.insert(pdf, on: db) }
    }

    /// Replaces the statement's PDF and records its SHA-256 on the statement.
    static func insert(_ pdf: StatementPDF, on db: any SQLDatabase) async throws {
        let year = Int64(pdf.schemeYear.startYear)
        try await db.delete(from: "statement_pdfs").where("record_id", .equal, pdf.recordID)
            .where("scheme_year", .equal, year).run()
        try await db.insert(into: "statement_pdfs").columns("fund_id", "record_id", "scheme_year", "pdf")
            .values(SQLBind(pdf.fundID), SQLBind(pdf.recordID), SQLBind(year), SQLBind(Data(pdf.bytes)))
            .run()
        try await db.update("statements").set("pdf_sha256", to: pdf.sha256)
            .where("record_id", .equal, pdf.recordID).where("scheme_year", .equal, year).run()
    }

    /// Moves each item to its new status (grouped, one UPDATE per status), exceptions one by one with the reason.
    static func settle(runID: Int64, _ items: [StatementRunItem], at: Timestamp, on db: any SQLDatabase)
        async throws {
        for (status, group) in Dictionary(grouping: items.filter { $0.message == nil }, by: \.status)
            .sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            var update = db.update("statement_items").set("status", to: status.rawValue)
                .set("finished_at_us", to: at.microseconds)
            if let batch = group.first?.batch { update = update.set("batch", to: batch) }
            try await update
                .where("run_id", .equal, runID).where("position", .in, group.map(\.position)).run()
        }
        for item in items where item.message != nil {
            try await db.update("statement_items").set("status", to: item.status.rawValue)
                .set("message", to: item.message).set("finished_at_us", to: at.microseconds)
                .set("batch", to: item.batch)
                .where("run_id", .equal, runID).where("position", .equal, item.position).run()
        }
    }
}
