import SQLKit

extension SQLBankDetailsRepository {
    func applyPending(fundID: Int64, personID: Int64, at: Timestamp, actor: Actor) async throws -> StoredBankDetails? {
        try await database.transaction { db in
            guard var pending = try await Self.details(fundID: fundID, personID: personID, state: .pending, on: db)
            else { return nil }
            let before = try await Self.details(fundID: fundID, personID: personID, state: .current, on: db)
            try await db.delete(from: Self.table).where("fund_id", .equal, fundID).where("person_id", .equal, personID)
                .run()
            pending.state = .current
            pending.updatedAt = at
            pending.updatedBy = actor.id
            try await db.insert(into: Self.table).columns(Self.columns)
                .values(SQLBind(fundID), SQLBind(personID), SQLBind(pending.state.rawValue), SQLBind(pending.sealed),
                        SQLBind(pending.masked), SQLBind(pending.taskID), SQLBind(at.microseconds),
                        SQLBind(actor.id))
                .run()
            var old = AuditFields(), new = AuditFields()
            if let before { old.add("account_number", before.masked) }
            new.add("state", StoredBankDetails.State.current.rawValue)
            new.add("account_number", pending.masked)
            try await AuditWriter.append([PendingAudit(fundID: fundID, entity: "bank_details", entityID: personID,
                                                       action: "apply", before: before == nil ? nil : old.json,
                                                       after: new.json)], actor: actor, at: at, on: db)
            return pending
        }
    }

    func discardPending(fundID: Int64, personID: Int64, at: Timestamp, actor: Actor) async throws -> Bool {
        try await database.transaction { db in
            let removed = try await db.delete(from: Self.table).where("fund_id", .equal, fundID)
                .where("person_id", .equal, personID).where("state", .equal, StoredBankDetails.State.pending.rawValue)
                .returning("masked").all()
            guard let masked = try removed.first?.string("masked") else { return false }
            var old = AuditFields()
            old.add("state", StoredBankDetails.State.pending.rawValue)
            old.add("account_number", masked)
            try await AuditWriter.append([PendingAudit(fundID: fundID, entity: "bank_details", entityID: personID,
                                                       action: "discard", before: old.json, after: nil)],
                                         actor: actor, at: at, on: db)
            return true
        }
    }

    static func details(fundID: Int64, personID: Int64, state: StoredBankDetails.State,
                        on db: any SQLDatabase) async throws -> StoredBankDetails? {
        try await db.select().columns(columns.map { SQLColumn($0) }).from(table).where("fund_id", .equal, fundID)
            .where("person_id", .equal, personID).where("state", .equal, state.rawValue).first().map(decode)
    }
}
