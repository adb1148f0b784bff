import SQLKit

/// Pension records (one per post) with status and section histories and aggregation links.
struct Migration005_PensionRecords: Migration {
    let number = 5
    let name = "pension records, status and section history, aggregation links"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "pension_records").idColumn().fundColumn()
            .column("person_id", type: .bigint, .notNull, .references("people", "id"))
            .text("member_number").text("payroll_reference")
            .column("employer_id", type: .bigint, .notNull, .references("employers", "id"))
            .text("job_title").text("pensionable_start").text("left_on", nullable: true)
            .text("current_status", nullable: true)
            .run()
        try await database.createIndex("records_member_number", on: "pension_records", "fund_id", "member_number")
        try await database.createIndex("records_payroll", on: "pension_records", "fund_id", "payroll_reference")
        try await database.createIndex("records_person", on: "pension_records", "person_id")
        try await database.createIndex("records_employer", on: "pension_records", "employer_id")
        try await database.create(table: "status_periods").recordChildColumns()
            .text("status").text("from_date").text("to_date", nullable: true)
            .primaryKey("record_id", "position").run()
        try await database.create(table: "section_periods").recordChildColumns()
            .text("section").text("from_date").text("to_date", nullable: true)
            .primaryKey("record_id", "position").run()
        try await database.create(table: "aggregation_links").recordChildColumns()
            .bigint("other_record_id").text("kind").text("on_date")
            .primaryKey("record_id", "position").run()
        for table in ["status_periods", "section_periods", "aggregation_links"] {
            try await database.createIndex("\(table)_fund", on: table, "fund_id")
        }
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("aggregation_links", "section_periods", "status_periods", "pension_records")
    }
}
