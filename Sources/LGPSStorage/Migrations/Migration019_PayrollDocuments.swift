import SQLKit

/// Documents the pensioner payroll issues to a pensioner — P60s and payslips — imported for the member portal to
/// show (the portal issue: "P60s and payslips for pensioners when present"). The file is kept in the
/// ``DocumentStore`` under a random key; the row says whose it is, for which record and period.
struct Migration019_PayrollDocuments: Migration {
    let number = 19
    let name = "payroll documents"
    static let sequences: [IDSequence] = [.payrollDocument]

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "payroll_documents").idColumn().fundColumn()
            .column("person_id", type: .bigint, .notNull, .references("people", "id"))
            .column("record_id", type: .bigint, .notNull, .references("pension_records", "id"))
            .text("kind").text("period").bigint("byte_count").text("sha256")
            .column("storage_key", type: .text, .notNull, .unique)
            .bigint("created_at_us").text("created_by")
            .run()
        try await database.createIndex("payroll_documents_person", on: "payroll_documents", "fund_id", "person_id")
        // One P60 per record and tax year, one payslip per record and month: an import run twice adds nothing.
        try await database.create(index: "payroll_documents_period").unique().on("payroll_documents")
            .column("record_id").column("kind").column("period").run()
        try await database.ensureSequences(Self.sequences)
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("payroll_documents")
        try await database.delete(from: "id_sequences").where("name", .in, Self.sequences.map(\.rawValue)).run()
    }
}
