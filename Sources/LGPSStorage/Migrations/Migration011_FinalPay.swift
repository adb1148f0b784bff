import SQLKit

/// Whole-time final pay by year for members with final-salary membership (one row per year ending).
struct Migration011_FinalPay: Migration {
    let number = 11
    let name = "final pay years"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "final_pay_years").recordChildColumns()
            .text("year_ending").bigint("whole_time_pay")
            .primaryKey("record_id", "position").run()
        try await database.createIndex("final_pay_years_fund", on: "final_pay_years", "fund_id")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("final_pay_years")
    }
}
