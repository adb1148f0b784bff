import SQLKit

/// Pensioners' bank details (CRYPTO-3: sealed by the caller; storage keeps only the sealed value and a masked
/// account number for display): the details in use and, where the fund checks changes first, the change waiting
/// for a member of staff, with the task that asks them.
struct Migration016_BankDetails: Migration {
    let number = 16
    let name = "bank details"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "bank_details")
            .bigint("fund_id")
            .bigint("person_id")
            .column("state", type: .text, .notNull)
            .column("sealed", type: .text, .notNull)
            .column("masked", type: .text, .notNull)
            .bigint("task_id", nullable: true)
            .bigint("updated_at_us")
            .column("updated_by", type: .text, .notNull)
            .primaryKey("fund_id", "person_id", "state")
            .run()
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("bank_details")
    }
}
