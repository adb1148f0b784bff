import Foundation
import LGPSRules
import SQLKit

/// ``StatementStore`` over SQLKit, for SQLite and PostgreSQL.
struct SQLStatementStore: StatementStore {
    let database: Database

    static let runColumns = ["id", "fund_id", "scheme_year", "kind", "record_filter", "limit_count", "pdf_mode",
                             "issued_on", "status", "started_by", "created_at_us", "finished_at_us"]
    static let itemColumns = ["run_id", "position", "record_id", "kind", "status", "batch", "message",
                              "finished_at_us"]

    func statusHistories(fundID: Int64, record: Int64?) async throws
        -> [(recordID: Int64, periods: [StatusPeriod])] {
        var query = database.sql.select().columns("record_id", "status", "from_date", "to_date")
            .from("status_periods").where("fund_id", .equal, fundID)
        if let record { query = query.where("record_id", .equal, record) }
        let rows = try await query.orderBy("record_id").orderBy("position").all()
        var histories: [(recordID: Int64, periods: [StatusPeriod])] = []
        for row in rows {
            let id = try row.int64("record_id")
            let period = try RecordChildRows.statusPeriod(row)
            if histories.last?.recordID == id { histories[histories.count - 1].periods.append(period) } else {
                histories.append((id, [period]))
            }
        }
        return histories
    }

    func create(_ run: StatementRunRow, items: [(recordID: Int64, kind: String)]) async throws -> StatementRunRow {
        try await database.bulkTransaction { session in
            var stored = run
            stored.id = try await IDAllocator.next(.statementRun, on: session.sql)
            var runs = InsertRows(table: "statement_runs", columns: Self.runColumns)
            runs.append(Self.values(stored))
            try await runs.run(on: session)
            var rows = InsertRows(table: "statement_items", columns: Self.itemColumns)
            for (index, item) in items.enumerated() {
                rows.append([stored.id, Int64(index + 1), item.recordID, item.kind,
                             StatementRunItem.Status.pending.rawValue, Int64?.none, String?.none, Int64?.none])
            }
            try await rows.run(on: session)
            return stored
        }
    }

    func run(fundID: Int64, id: Int64) async throws -> StatementRunRow? {
        try await database.sql.select().columns(Self.runColumns).from("statement_runs")
            .where("fund_id", .equal, fundID).where("id", .equal, id).first().map(Self.decodeRun)
    }

    func runs(fundID: Int64, limit: Int) async throws -> [StatementRunRow] {
        try await database.sql.select().columns(Self.runColumns).from("statement_runs")
            .where("fund_id", .equal, fundID).orderBy("id", .descending).limit(limit).all().map(Self.decodeRun)
    }

    func acquireLease(runID: Int64, owner: String, now: Timestamp, until: Timestamp, replacing: String?)
        async throws -> Bool {
        let rows = try await database.sql.update("statement_runs")
            .set("lease_owner", to: owner).set("lease_until_us", to: until.microseconds)
            .where("id", .equal, runID)
            .where {
                $0.where("lease_owner", .is, SQLLiteral.null).orWhere("lease_owner", .equal, owner)
                    .orWhere("lease_until_us", .lessThan, now.microseconds)
                    .orWhere("lease_owner", .equal, replacing ?? owner)
            }
            .returning("id").all()
        return !rows.isEmpty
    }

    func leaseHolder(runID: Int64) async throws -> String? {
        try await database.sql.select().column("lease_owner").from("statement_runs").where("id", .equal, runID)
            .first().flatMap { try $0.optionalString("lease_owner") }
    }

    func releaseLease(runID: Int64, owner: String) async throws {
        try await database.sql.update("statement_runs").set("lease_owner", to: SQLLiteral.null)
            .set("lease_until_us", to: SQLLiteral.null)
            .where("id", .equal, runID).where("lease_owner", .equal, owner).run()
    }

    func releaseClaims(runID: Int64) async throws {
        try await database.transaction { db in
            for (from, to) in [(StatementRunItem.Status.claimed, StatementRunItem.Status.pending),
                               (.printing, .rendered)] {
                try await db.update("statement_items").set("status", to: to.rawValue)
                    .where("run_id", .equal, runID).where("status", .equal, from.rawValue).run()
            }
        }
    }

    func items(runID: Int64, status: StatementRunItem.Status, after position: Int64, limit: Int) async throws
        -> [StatementRunItem] {
        try await database.sql.select().columns(Self.itemColumns).from("statement_items")
            .where("run_id", .equal, runID).where("status", .equal, status.rawValue)
            .where("position", .greaterThan, position).orderBy("position").limit(limit).all().map(Self.decodeItem)
    }

    func claim(runID: Int64, from: StatementRunItem.Status, to: StatementRunItem.Status, batch: Int64, limit: Int)
        async throws -> [StatementRunItem] {
        try await database.transaction { db in
            let rows = try await db.select().columns(Self.itemColumns).from("statement_items")
                .where("run_id", .equal, runID).where("status", .equal, from.rawValue)
                .orderBy("position").limit(limit).all()
            var items = try rows.map(Self.decodeItem)
            guard !items.isEmpty else { return [] }
            try await db.update("statement_items").set("status", to: to.rawValue).set("batch", to: batch)
                .where("run_id", .equal, runID).where("position", .in, items.map(\.position)).run()
            for index in items.indices {
                items[index].status = to
                items[index].batch = batch
            }
            return items
        }
    }

    func finish(runID: Int64, at: Timestamp) async throws {
        try await database.sql.update("statement_runs")
            .set("status", to: StatementRunRow.Status.complete.rawValue).set("finished_at_us", to: at.microseconds)
            .where("id", .equal, runID).run()
    }

    func lastBatch(runID: Int64) async throws -> Int64 {
        let row = try await database.sql.select()
            .column(SQLFunction("coalesce", args: SQLFunction("max", args: SQLIdentifier("batch")), SQLLiteral.numeric("0")),
                    as: "last")
            .from("statement_items").where("run_id", .equal, runID).first()
        return try row?.int64("last") ?? 0
    }
}
