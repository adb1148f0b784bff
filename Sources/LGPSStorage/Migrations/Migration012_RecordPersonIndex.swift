import SQLKit

/// Replaces the `person_id` index on `pension_records` with `(person_id, fund_id)`. Every read by person also
/// names the fund; with both columns in one index SQLite's planner no longer prefers a `fund_id` index (which
/// covers the whole fund) for "the records of these people" on a fund of 500,000 members.
struct Migration012_RecordPersonIndex: Migration {
    let number = 12
    let name = "pension records indexed by person and fund"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.drop(index: "records_person").run()
        try await database.createIndex("records_person_fund", on: "pension_records", "person_id", "fund_id")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.drop(index: "records_person_fund").run()
        try await database.createIndex("records_person", on: "pension_records", "person_id")
    }
}
