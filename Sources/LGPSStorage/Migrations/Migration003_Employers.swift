import SQLKit

/// Employers and their contribution rates by period (rates in basis points, dates as `YYYY-MM-DD`).
struct Migration003_Employers: Migration {
    let number = 3
    let name = "employers and employer rates"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "employers").idColumn().fundColumn()
            .text("code").text("name").text("kind")
            .unique("fund_id", "code")
            .run()
        try await database.create(table: "employer_rates")
            .column("employer_id", type: .bigint, .notNull, .references("employers", "id"))
            .bigint("position").fundColumn()
            .text("from_date").text("to_date", nullable: true).bigint("rate_bp")
            .primaryKey("employer_id", "position")
            .run()
        try await database.createIndex("employer_rates_fund", on: "employer_rates", "fund_id")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("employer_rates", "employers")
    }
}
