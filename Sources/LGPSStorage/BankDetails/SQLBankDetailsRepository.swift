import SQLKit

/// ``BankDetailsRepository`` over SQLKit.
struct SQLBankDetailsRepository: BankDetailsRepository {
    let database: Database

    static let table = "bank_details"
    static let columns = ["fund_id", "person_id", "state", "sealed", "masked", "task_id", "updated_at_us", "updated_by"]

    func details(fundID: Int64, personID: Int64, state: StoredBankDetails.State) async throws -> StoredBankDetails? {
        try await database.sql.select().columns(Self.columns).from(Self.table).where("fund_id", .equal, fundID)
            .where("person_id", .equal, personID).where("state", .equal, state.rawValue).first().map(Self.decode)
    }

    func save(_ details: StoredBankDetails, actor: Actor) async throws {
        try await database.transaction { db in
            guard try await db.select().column("id").from("people").where("fund_id", .equal, details.fundID)
                .where("id", .equal, details.personID).first() != nil else { throw StorageError.notFound }
            let before = try await db.select().column("masked").from(Self.table)
                .where("fund_id", .equal, details.fundID).where("person_id", .equal, details.personID)
                .where("state", .equal, details.state.rawValue).first().map { try $0.string("masked") }
            var states = [details.state.rawValue]
            if details.state == .current { states.append(StoredBankDetails.State.pending.rawValue) }
            try await db.delete(from: Self.table).where("fund_id", .equal, details.fundID)
                .where("person_id", .equal, details.personID).where("state", .in, states).run()
            try await db.insert(into: Self.table).columns(Self.columns)
                .values(SQLBind(details.fundID), SQLBind(details.personID), SQLBind(details.state.rawValue),
                        SQLBind(details.sealed), SQLBind(details.masked), SQLBind(details.taskID),
                        SQLBind(details.updatedAt.microseconds), SQLBind(details.updatedBy))
                .run()
            var after = AuditFields()
            after.add("state", details.state.rawValue)
            after.add("account_number", details.masked)
            var old = AuditFields()
            if let before { old.add("account_number", before) }
            try await AuditWriter.append([PendingAudit(fundID: details.fundID, entity: "bank_details",
                                                       entityID: details.personID,
                                                       action: before == nil ? "create" : "update",
                                                       before: before == nil ? nil : old.json, after: after.json)],
                                         actor: actor, at: details.updatedAt, on: db)
        }
    }

    static func decode(_ row: any SQLRow) throws -> StoredBankDetails {
        StoredBankDetails(fundID: try row.int64("fund_id"), personID: try row.int64("person_id"),
                          state: try row.code("state", as: StoredBankDetails.State.self),
                          sealed: try row.string("sealed"), masked: try row.string("masked"),
                          taskID: try row.optionalInt64("task_id"),
                          updatedAt: Timestamp(microseconds: try row.int64("updated_at_us")),
                          updatedBy: try row.string("updated_by"))
    }
}
