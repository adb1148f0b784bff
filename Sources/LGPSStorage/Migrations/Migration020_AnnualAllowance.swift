import SQLKit

/// The annual allowance history a fund publishes to its members: one row per record and tax year with the opening
/// and closing rights, the pension input amount and the standard allowance (the portal issue: "annual allowance
/// history (where the fund publishes it)"). Money is held in pence, the CPI in basis points.
struct Migration020_AnnualAllowance: Migration {
    let number = 20
    let name = "annual allowance history"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "annual_allowance_years").fundColumn()
            .column("person_id", type: .bigint, .notNull, .references("people", "id"))
            .column("record_id", type: .bigint, .notNull, .references("pension_records", "id"))
            .bigint("tax_year").bigint("opening_pension").bigint("opening_lump_sum")
            .bigint("closing_pension").bigint("closing_lump_sum").bigint("cpi_basis_points")
            .bigint("pension_input_amount").bigint("standard_allowance")
            .bigint("published_at_us").text("published_by")
            .run()
        // One row per record and tax year: publishing a year again replaces it.
        try await database.create(index: "annual_allowance_years_record").unique().on("annual_allowance_years")
            .column("record_id").column("tax_year").run()
        try await database.createIndex("annual_allowance_years_person", on: "annual_allowance_years",
                                       "fund_id", "person_id")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("annual_allowance_years")
    }
}
