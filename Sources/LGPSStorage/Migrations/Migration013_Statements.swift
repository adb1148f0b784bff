import SQLKit

/// Annual benefit statement runs, their items (one per record, with a status) and the statements themselves
/// (HTML, figures, notes, dashboards values), with each statement's PDF in a table of its own so reading the
/// manifest or a statement's figures never drags the PDF bytes along.
struct Migration013_Statements: Migration {
    let number = 13
    let name = "statement runs, items, statements and their PDFs"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "statement_runs").idColumn().fundColumn()
            .bigint("scheme_year").text("kind", nullable: true).bigint("record_filter", nullable: true)
            .bigint("limit_count", nullable: true).text("pdf_mode").text("issued_on").text("status")
            .text("started_by").bigint("created_at_us").bigint("finished_at_us", nullable: true)
            .text("lease_owner", nullable: true).bigint("lease_until_us", nullable: true)
            .run()
        try await database.createIndex("statement_runs_fund_year", on: "statement_runs", "fund_id", "scheme_year")
        try await database.create(table: "statement_items")
            .column("run_id", type: .bigint, .notNull, .references("statement_runs", "id"))
            .bigint("position").bigint("record_id").text("kind").text("status")
            .bigint("batch", nullable: true).text("message", nullable: true).bigint("finished_at_us", nullable: true)
            .primaryKey("run_id", "position").run()
        try await database.createIndex("statement_items_status", on: "statement_items", "run_id", "status", "position")
        try await database.create(table: "statements").fundColumn()
            .column("record_id", type: .bigint, .notNull, .references("pension_records", "id"))
            .bigint("scheme_year").text("kind").bigint("run_id").text("issued_on").bigint("paper")
            .text("html").text("html_sha256").text("figures_json").text("notes_json").text("dashboard_json")
            .text("pdf_sha256", nullable: true).bigint("created_at_us")
            .primaryKey("record_id", "scheme_year").run()
        try await database.createIndex("statements_fund_year", on: "statements", "fund_id", "scheme_year", "record_id")
        try await database.create(table: "statement_pdfs").fundColumn()
            .column("record_id", type: .bigint, .notNull).bigint("scheme_year")
            .column("pdf", type: .blob, .notNull)
            .primaryKey("record_id", "scheme_year").run()
        let sequence = IDSequence.statementRun.rawValue
        if try await database.select().column("name").from("id_sequences").where("name", .equal, sequence)
            .first() == nil {
            try await database.insert(into: "id_sequences").columns("name", "next_id").values(sequence, Int64(1)).run()
        }
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("statement_pdfs", "statements", "statement_items", "statement_runs")
        try await database.delete(from: "id_sequences").where("name", .equal, IDSequence.statementRun.rawValue).run()
    }
}
