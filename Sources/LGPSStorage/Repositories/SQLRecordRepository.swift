import LGPSRules
import SQLKit

/// Pension records with their histories in SQL; every read and write is scoped by fund.
struct SQLRecordRepository: RecordRepository {
    let database: Database

    func create(_ memberRecord: MemberRecord, actor: Actor) async throws -> MemberRecord {
        try RecordRowSet.validate(memberRecord.record)
        let at = database.clock.now()
        return try await database.transaction { db in
            let record = memberRecord.record
            try await Self.checkOwners(record, on: db)
            var stored = memberRecord
            stored.record.id = try await IDAllocator.next(.record, on: db)
            var rows = RecordRowSet()
            rows.add(stored)
            try await rows.run(on: db)
            try await AuditWriter.append([PendingAudit(fundID: record.fundID, entity: "pension_record",
                                                       entityID: stored.record.id, action: "create", before: nil,
                                                       after: RecordRowSet.auditFields(stored.record).json)],
                                         actor: actor, at: at, on: db)
            return stored
        }
    }

    func get(fundID: Int64, id: Int64) async throws -> MemberRecord? {
        try await RecordReader.memberRecord(fundID: fundID, id: id, on: database.sql)
    }

    func getMany(fundID: Int64, ids: [Int64]) async throws -> [MemberRecord] {
        try await RecordReader.memberRecords(fundID: fundID, ids: ids, on: database.sql)
    }

    func ids(fundID: Int64, personIDs: [Int64]) async throws -> [Int64: [Int64]] {
        guard !personIDs.isEmpty else { return [:] }
        let rows = try await database.sql.select().column("id").column("person_id").from("pension_records")
            .where("fund_id", .equal, fundID).where("person_id", .in, personIDs).orderBy("id").all()
        var byPerson: [Int64: [Int64]] = [:]
        for row in rows { byPerson[try row.int64("person_id"), default: []].append(try row.int64("id")) }
        return byPerson
    }

    func ids(fundID: Int64, after afterID: Int64, limit: Int) async throws -> [Int64] {
        try await database.sql.select().column("id").from("pension_records").where("fund_id", .equal, fundID)
            .where("id", .greaterThan, afterID).orderBy("id").limit(limit).all().map { try $0.int64("id") }
    }

    func summaries(fundID: Int64, personID: Int64) async throws -> [RecordSummary] {
        let r = "pension_records"
        let rows = try await database.sql.select()
            .column(SQLColumn("id", table: r)).column(SQLColumn("member_number", table: r))
            .column(SQLColumn("payroll_reference", table: r)).column(SQLColumn("job_title", table: r))
            .column(SQLColumn("pensionable_start", table: r)).column(SQLColumn("left_on", table: r))
            .column(SQLColumn("current_status", table: r))
            .column(SQLAlias(SQLColumn("name", table: "employers"), as: SQLIdentifier("employer_name")))
            .from(r)
            .join("employers", on: SQLColumn("id", table: "employers"), .equal, SQLColumn("employer_id", table: r))
            .where(SQLColumn("fund_id", table: r), .equal, SQLBind(fundID))
            .where(SQLColumn("person_id", table: r), .equal, SQLBind(personID))
            .orderBy(SQLColumn("pensionable_start", table: r)).orderBy(SQLColumn("id", table: r))
            .all()
        return try rows.map {
            RecordSummary(recordID: try $0.int64("id"), memberNumber: try $0.string("member_number"),
                          payrollReference: try $0.string("payroll_reference"),
                          employerName: try $0.string("employer_name"), jobTitle: try $0.string("job_title"),
                          pensionableStart: try $0.date("pensionable_start"), leftOn: try $0.optionalDate("left_on"),
                          status: try $0.optionalCode("current_status", as: MemberStatus.self))
        }
    }

    func update(_ record: PensionRecord, actor: Actor) async throws -> PensionRecord? {
        try RecordRowSet.validate(record)
        let at = database.clock.now()
        return try await database.transaction { db in
            guard let old = try await RecordReader.record(fundID: record.fundID, id: record.id, on: db) else {
                return nil
            }
            var new = old
            new.memberNumber = record.memberNumber
            new.payrollReference = record.payrollReference
            new.employerID = record.employerID
            new.jobTitle = record.jobTitle
            new.pensionableStart = record.pensionableStart
            new.leftOn = record.leftOn
            try RecordRowSet.validate(new)
            guard let changes = AuditFields.changes(from: RecordRowSet.auditFields(old),
                                                    to: RecordRowSet.auditFields(new)) else { return old }
            try await Self.checkOwners(new, on: db)
            try await db.update("pension_records")
                .set("member_number", to: new.memberNumber).set("payroll_reference", to: new.payrollReference)
                .set("employer_id", to: new.employerID).set("job_title", to: new.jobTitle)
                .set("pensionable_start", to: new.pensionableStart.description)
                .set("left_on", to: new.leftOn?.description)
                .where("fund_id", .equal, new.fundID).where("id", .equal, new.id).run()
            try await AuditWriter.append([PendingAudit(fundID: new.fundID, entity: "pension_record", entityID: new.id,
                                                       action: "update", before: changes.before,
                                                       after: changes.after)],
                                         actor: actor, at: at, on: db)
            return new
        }
    }

    /// The person and employer must belong to the record's fund.
    private static func checkOwners(_ record: PensionRecord, on db: any SQLDatabase) async throws {
        guard try await db.select().column("id").from("people").where("fund_id", .equal, record.fundID)
            .where("id", .equal, record.personID).first() != nil else {
            throw StorageError.invalid("The person is not in this fund")
        }
        guard try await db.select().column("id").from("employers").where("fund_id", .equal, record.fundID)
            .where("id", .equal, record.employerID).first() != nil else {
            throw StorageError.invalid("The employer is not in this fund")
        }
    }
}
