import SQLKit

/// Final-salary service periods (hours and weeks in hundredths), unpaid breaks and added years contracts.
struct Migration006_Service: Migration {
    let number = 6
    let name = "final salary service, breaks, added years"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "service_periods").recordChildColumns()
            .text("from_date").text("to_date")
            .bigint("contractual_hours").bigint("whole_time_hours")
            .bigint("contractual_weeks", nullable: true).bigint("whole_time_weeks", nullable: true)
            .text("tranche")
            .primaryKey("record_id", "position").run()
        try await database.create(table: "service_breaks").recordChildColumns()
            .text("from_date").text("to_date").text("reason")
            .primaryKey("record_id", "position").run()
        try await database.create(table: "added_years").recordChildColumns()
            .text("started_on").text("ends_on", nullable: true).bigint("days_purchased").bigint("rate_bp")
            .primaryKey("record_id", "position").run()
        for table in ["service_periods", "service_breaks", "added_years"] {
            try await database.createIndex("\(table)_fund", on: table, "fund_id")
        }
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("added_years", "service_breaks", "service_periods")
    }
}
