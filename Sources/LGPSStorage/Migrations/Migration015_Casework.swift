import SQLKit

/// The staff work queue: tasks created by members' portal actions or staff (AUDIT-2), their conversations, and
/// the documents members upload with them (bytes kept outside the database, FILE-5).
struct Migration015_Casework: Migration {
    let number = 15
    let name = "work queue tasks, task messages, member documents"

    /// The id sequences this migration adds.
    static let sequences: [IDSequence] = [.workTask, .taskMessage, .memberDocument]

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "work_tasks").idColumn().fundColumn()
            .column("person_id", type: .bigint, .notNull, .references("people", "id"))
            .column("record_id", type: .bigint, .references("pension_records", "id"))
            .text("kind").text("status").text("subject")
            .bigint("created_at_us").bigint("updated_at_us")
            .text("channel").text("assigned_to", nullable: true)
            .run()
        // The staff queue (fund, status, oldest first) and a member's own tasks.
        try await database.createIndex("work_tasks_queue", on: "work_tasks", "fund_id", "status", "created_at_us")
        try await database.createIndex("work_tasks_person", on: "work_tasks", "fund_id", "person_id")
        try await database.create(table: "task_messages").idColumn()
            .column("task_id", type: .bigint, .notNull, .references("work_tasks", "id"))
            .fundColumn()
            .column("from_member", type: .bigint, .notNull)
            .text("author").text("body").bigint("created_at_us")
            .run()
        try await database.createIndex("task_messages_task", on: "task_messages", "task_id", "id")
        try await database.create(table: "member_documents").idColumn().fundColumn()
            .column("person_id", type: .bigint, .notNull, .references("people", "id"))
            .column("record_id", type: .bigint, .notNull, .references("pension_records", "id"))
            .column("task_id", type: .bigint, .notNull, .references("work_tasks", "id"))
            .text("original_name").text("media_type").bigint("byte_count").text("sha256")
            .column("storage_key", type: .text, .notNull, .unique)
            .text("status").bigint("created_at_us")
            .run()
        try await database.createIndex("member_documents_task", on: "member_documents", "task_id", "id")
        try await database.createIndex("member_documents_person", on: "member_documents", "fund_id", "person_id")
        try await database.ensureSequences(Self.sequences)
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("member_documents", "task_messages", "work_tasks")
        try await database.delete(from: "id_sequences").where("name", .in, Self.sequences.map(\.rawValue)).run()
    }
}
