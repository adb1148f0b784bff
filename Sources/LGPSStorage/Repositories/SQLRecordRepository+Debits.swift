import LGPSRules
import SQLKit

extension SQLRecordRepository {
    /// Adds `debit` to the record after its others (the next position), with an audit entry on the record, in
    /// one transaction; nothing is written when the record is not in `fundID` (AC-3).
    func addDebit(_ debit: Debit, recordID: Int64, fundID: Int64, actor: Actor) async throws -> Bool {
        guard debit.annualAmount > .zero, !debit.reference.isEmpty else {
            throw StorageError.invalid("A debit needs an annual amount above £0 and a reference")
        }
        let at = database.clock.now()
        return try await database.transaction { db in
            guard try await db.select().column("id").from("pension_records").where("fund_id", .equal, fundID)
                .where("id", .equal, recordID).first() != nil else { return false }
            let last = try await db.select().column(SQLFunction("MAX", args: SQLColumn("position")), as: "last")
                .from("debits").where("record_id", .equal, recordID).first()
            let position = (try last?.optionalInt64("last") ?? nil).map { $0 + 1 } ?? 0
            var rows = InsertRows(table: "debits", columns: DebitRow.columns)
            rows.append(DebitRow.values(recordID: recordID, position: position, fundID: fundID, debit))
            try await rows.run(on: db)
            try await AuditWriter.append([PendingAudit(fundID: fundID, entity: "pension_record", entityID: recordID,
                                                       action: "debit.add", before: nil,
                                                       after: DebitRow.auditFields(debit).json)],
                                         actor: actor, at: at, on: db)
            return true
        }
    }
}
