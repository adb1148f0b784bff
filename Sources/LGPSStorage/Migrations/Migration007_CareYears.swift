import SQLKit

/// The CARE pension account: one row per record per Scheme year, money as BIGINT pence.
struct Migration007_CareYears: Migration {
    let number = 7
    let name = "care years"

    static let moneyColumns = [
        "main_pay", "fifty_fifty_pay", "assumed_pensionable_pay", "earned_pension", "opening_balance",
        "revaluation", "transfers_in", "apc", "scapc", "arc", "closing_balance",
        "employee_contributions", "employer_contributions",
    ]

    func prepare(on database: any SQLDatabase) async throws {
        var table = database.create(table: "care_years")
            .column("record_id", type: .bigint, .notNull, .references("pension_records", "id"))
            .bigint("scheme_year").fundColumn()
            .bigint("revaluation_rate_bp", nullable: true)
        for column in Self.moneyColumns { table = table.bigint(column) }
        try await table.primaryKey("record_id", "scheme_year").run()
        try await database.createIndex("care_years_fund", on: "care_years", "fund_id")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("care_years")
    }
}
