import SQLKit

/// The pension credit a pension credit member's record holds: the annual pension credited (pence), the transfer
/// day (the day the pension sharing order took effect) and, when known, the debited member's record reference.
/// One row per record at most.
/// - Legislation: Welfare Reform and Pensions Act 1999 s. 29; SI 2013/2356 reg. 89(1).
struct Migration021_PensionCredits: Migration {
    let number = 21
    let name = "pension credits"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "pension_credits")
            .column("record_id", type: .bigint, .primaryKey(autoIncrement: false), .notNull,
                    .references("pension_records", "id"))
            .fundColumn()
            .bigint("annual_amount").text("transfer_day").text("debited_member_reference", nullable: true)
            .run()
        try await database.createIndex("pension_credits_fund", on: "pension_credits", "fund_id")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("pension_credits")
    }
}
