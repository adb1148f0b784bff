import LGPSRules
import SQLKit

/// Reads whole record aggregates back from `pension_records` and its child tables, many records at a time: one
/// query per table for the whole set (`record_id IN (...)`), so reading a batch of 500 records for the statement
/// run costs twelve queries, not 6,000. Reading one record is a batch of one.
enum RecordReader {
    /// The record `id` if it belongs to `fundID`.
    static func record(fundID: Int64, id: Int64, on db: any SQLDatabase) async throws -> PensionRecord? {
        try await records(fundID: fundID, ids: [id], on: db).first
    }

    /// The whole aggregate for record `id` if it belongs to `fundID`.
    static func memberRecord(fundID: Int64, id: Int64, on db: any SQLDatabase) async throws -> MemberRecord? {
        try await memberRecords(fundID: fundID, ids: [id], on: db).first
    }

    /// The records among `ids` that belong to `fundID`, in the order of `ids` (unknown ids are left out).
    static func records(fundID: Int64, ids: [Int64], on db: any SQLDatabase) async throws -> [PensionRecord] {
        guard !ids.isEmpty else { return [] }
        let rows = try await db.select().columns(RecordRowSet.recordColumns).from("pension_records")
            .where("fund_id", .equal, fundID).where("id", .in, ids).all()
        let found = try rows.map { try $0.int64("id") }
        guard !found.isEmpty else { return [] }  // PostgreSQL refuses an empty `IN ()`
        let statuses = try await children("status_periods", found, db, RecordChildRows.statusPeriod)
        let sections = try await children("section_periods", found, db, RecordChildRows.sectionPeriod)
        let links = try await children("aggregation_links", found, db, RecordChildRows.aggregationLink)
        var byID: [Int64: PensionRecord] = [:]
        for row in rows {
            let id = try row.int64("id")
            byID[id] = PensionRecord(
                id: id, fundID: fundID, personID: try row.int64("person_id"),
                memberNumber: try row.string("member_number"), payrollReference: try row.string("payroll_reference"),
                employerID: try row.int64("employer_id"), jobTitle: try row.string("job_title"),
                pensionableStart: try row.date("pensionable_start"), leftOn: try row.optionalDate("left_on"),
                statusHistory: statuses[id] ?? [], sectionHistory: sections[id] ?? [],
                aggregationLinks: links[id] ?? [])
        }
        return ids.compactMap { byID[$0] }
    }

    /// The whole aggregates among `ids` that belong to `fundID`, in the order of `ids`.
    static func memberRecords(fundID: Int64, ids: [Int64], on db: any SQLDatabase) async throws -> [MemberRecord] {
        let records = try await records(fundID: fundID, ids: ids, on: db)
        guard !records.isEmpty else { return [] }
        let found = records.map(\.id)
        let service = try await children("service_periods", found, db, RecordChildRows.servicePeriod)
        let breaks = try await children("service_breaks", found, db, RecordChildRows.serviceBreak)
        let added = try await children("added_years", found, db, RecordChildRows.addedYears)
        let care = try await children("care_years", found, db, RecordChildRows.careYear, orderBy: "scheme_year")
        let debits = try await children("debits", found, db, RecordChildRows.debit)
        let facts = try await children("mccloud_facts", found, db, RecordChildRows.mcCloudFact)
        let finalPay = try await children("final_pay_years", found, db, RecordChildRows.finalPayYear)
        let credits = try await children("pension_credits", found, db, RecordChildRows.pensionCredit,
                                         orderBy: "record_id")
        return records.map { record in
            let id = record.id
            return MemberRecord(record: record, service: service[id] ?? [], breaks: breaks[id] ?? [],
                                addedYears: added[id] ?? [], careYears: care[id] ?? [], debits: debits[id] ?? [],
                                mcCloudFacts: facts[id] ?? [], finalPay: finalPay[id] ?? [],
                                pensionCredit: credits[id]?.first)
        }
    }

    /// Rows of a child table for `ids` (records already known to be in the fund, so the query names only the
    /// record ids and SQLite uses the `(record_id, ...)` primary key), decoded and grouped by record, each group in
    /// `orderBy` order.
    private static func children<Child>(_ table: String, _ ids: [Int64], _ db: any SQLDatabase,
                                        _ decode: (any SQLRow) throws -> Child,
                                        orderBy: String = "position") async throws -> [Int64: [Child]] {
        let rows = try await db.select().column("*").from(table).where("record_id", .in, ids).orderBy("record_id").orderBy(orderBy).all()
        var grouped: [Int64: [Child]] = [:]
        for row in rows { grouped[try row.int64("record_id"), default: []].append(try decode(row)) }
        return grouped
    }
}
