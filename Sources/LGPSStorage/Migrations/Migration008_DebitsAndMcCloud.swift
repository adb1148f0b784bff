import SQLKit

/// Pension debits and McCloud qualification facts with their evidence.
struct Migration008_DebitsAndMcCloud: Migration {
    let number = 8
    let name = "debits and McCloud facts"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "debits").recordChildColumns()
            .text("kind").text("effective_on").bigint("annual_amount").bigint("cash_amount", nullable: true)
            .text("reference")
            .primaryKey("record_id", "position").run()
        try await database.create(table: "mccloud_facts").recordChildColumns()
            .text("kind").text("from_date").text("to_date", nullable: true).text("detail").text("evidence")
            .primaryKey("record_id", "position").run()
        for table in ["debits", "mccloud_facts"] {
            try await database.createIndex("\(table)_fund", on: table, "fund_id")
        }
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("mccloud_facts", "debits")
    }
}
