import SQLKit

/// A pension sharing order's debit to the automatic lump sum and to the survivor's pension (pence, null when not
/// recorded), beside the annual pension debit the `debits` table already holds: the annual benefit statement
/// quotes all three (LGA guide Part 2 Table 1, "Divorce debit to lump sum", "Divorce debit to survivor pension").
/// Added in place with `ALTER TABLE ... ADD COLUMN` (nullable, unindexed), so existing rows read as not recorded.
/// - Legislation: Welfare Reform and Pensions Act 1999 s. 29–31.
struct Migration022_DebitParts: Migration {
    let number = 22
    let name = "pension sharing debits to the lump sum and survivor's pension"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.alter(table: "debits").column("lump_sum_amount", type: .bigint).run()
        try await database.alter(table: "debits").column("survivor_amount", type: .bigint).run()
    }

    func revert(on database: any SQLDatabase) async throws {
        for column in ["survivor_amount", "lump_sum_amount"] {
            try await database.alter(table: "debits").dropColumn(column).run()
        }
    }
}
