import SQLKit

/// ``PayrollDocumentRepository`` over SQLKit.
struct SQLPayrollDocumentRepository: PayrollDocumentRepository {
    let database: Database

    static let table = "payroll_documents"
    static let columns = ["id", "fund_id", "person_id", "record_id", "kind", "period", "byte_count", "sha256",
                          "storage_key", "created_at_us", "created_by"]

    func add(_ documents: [PayrollDocument], actor: Actor) async throws -> [PayrollDocument] {
        guard !documents.isEmpty else { return [] }
        return try await database.transaction { db in
            var added: [PayrollDocument] = []
            for document in documents {
                let held = try await db.select().column("id").from(Self.table)
                    .where("record_id", .equal, document.recordID).where("kind", .equal, document.kind.rawValue)
                    .where("period", .equal, document.period).first()
                guard held == nil else { continue }
                var stored = document
                stored.id = try await IDAllocator.next(.payrollDocument, on: db)
                try await db.insert(into: Self.table).columns(Self.columns).values(
                    SQLBind(stored.id), SQLBind(stored.fundID), SQLBind(stored.personID), SQLBind(stored.recordID),
                    SQLBind(stored.kind.rawValue), SQLBind(stored.period), SQLBind(stored.byteCount),
                    SQLBind(stored.sha256), SQLBind(stored.storageKey), SQLBind(stored.createdAt.microseconds),
                    SQLBind(stored.createdBy)).run()
                var after = AuditFields()
                after.add("kind", stored.kind.rawValue)
                after.add("period", stored.period)
                after.add("record_id", "\(stored.recordID)")
                try await AuditWriter.append([PendingAudit(fundID: stored.fundID, entity: "payroll_document",
                                                           entityID: stored.id, action: "create", before: nil,
                                                           after: after.json)],
                                             actor: actor, at: stored.createdAt, on: db)
                added.append(stored)
            }
            return added
        }
    }

    func list(fundID: Int64, personID: Int64) async throws -> [PayrollDocument] {
        try await database.sql.select().columns(Self.columns.map { SQLColumn($0) }).from(Self.table)
            .where("fund_id", .equal, fundID).where("person_id", .equal, personID)
            .orderBy("period", .descending).orderBy("kind").orderBy("id", .descending).all().map(Self.decode)
    }

    func get(fundID: Int64, personID: Int64?, id: Int64) async throws -> PayrollDocument? {
        var select = database.sql.select().columns(Self.columns.map { SQLColumn($0) }).from(Self.table)
            .where("fund_id", .equal, fundID).where("id", .equal, id)
        if let personID { select = select.where("person_id", .equal, personID) }
        return try await select.first().map(Self.decode)
    }

    func record(fundID: Int64, memberNumber: String) async throws -> (recordID: Int64, personID: Int64)? {
        guard let row = try await database.sql.select().column("id").column("person_id").from("pension_records")
            .where("fund_id", .equal, fundID).where("member_number", .equal, memberNumber).first() else { return nil }
        return (try row.int64("id"), try row.int64("person_id"))
    }

    static func decode(_ row: any SQLRow) throws -> PayrollDocument {
        PayrollDocument(id: try row.int64("id"), fundID: try row.int64("fund_id"), personID: try row.int64("person_id"),
                        recordID: try row.int64("record_id"), kind: try row.code("kind", as: PayrollDocument.Kind.self),
                        period: try row.string("period"), byteCount: try row.int64("byte_count"),
                        sha256: try row.string("sha256"), storageKey: try row.string("storage_key"),
                        createdAt: try row.timestamp("created_at_us"), createdBy: try row.string("created_by"))
    }
}
