import LGPSRules
import SQLKit

/// ``CaseworkRepository`` over SQLKit. A task and its first message or document are written in one transaction
/// with their audit entry, so a member is never told "received" for something half stored (AUDIT-2).
struct SQLCaseworkRepository: CaseworkRepository {
    let database: Database

    func createTask(_ task: WorkTask, firstMessage: TaskMessage, actor: Actor) async throws -> WorkTask {
        try await database.transaction { db in
            let stored = try await Self.insert(task, on: db)
            var message = firstMessage
            message.id = try await IDAllocator.next(.taskMessage, on: db)
            message.taskID = stored.id
            message.fundID = stored.fundID
            try await Self.insert(message, on: db)
            try await Self.auditCreate(stored, detail: ("message_id", message.id), actor: actor, on: db)
            return stored
        }
    }

    func createTask(_ task: WorkTask, document: MemberDocument,
                    actor: Actor) async throws -> (WorkTask, MemberDocument) {
        try await database.transaction { db in
            let stored = try await Self.insert(task, on: db)
            var document = document
            document.id = try await IDAllocator.next(.memberDocument, on: db)
            document.taskID = stored.id
            document.fundID = stored.fundID
            document.personID = stored.personID
            try await db.insert(into: "member_documents").columns(Self.documentColumns)
                .values(Self.values(document).map(\.sqlCell)).run()
            try await Self.auditCreate(stored, detail: ("document_id", document.id), actor: actor, on: db)
            return (stored, document)
        }
    }

    func addMessage(_ message: TaskMessage, actor: Actor) async throws -> TaskMessage {
        try await database.transaction { db in
            let touched = try await db.update("work_tasks").set("updated_at_us", to: message.createdAt.microseconds)
                .where("fund_id", .equal, message.fundID).where("id", .equal, message.taskID)
                .returning("id").all()
            guard !touched.isEmpty else { throw StorageError.notFound }
            if message.fromMember { try await Self.reopen(message: message, actor: actor, on: db) }
            var stored = message
            stored.id = try await IDAllocator.next(.taskMessage, on: db)
            try await Self.insert(stored, on: db)
            return stored
        }
    }

    func setStatus(fundID: Int64, taskID: Int64, to status: TaskStatus, actor: Actor) async throws -> WorkTask? {
        let at = database.clock.now()
        return try await database.transaction { db in
            guard var task = try await Self.task(fundID: fundID, personID: nil, id: taskID, on: db) else { return nil }
            guard task.status != status else { return task }
            let before = task.status
            task.status = status
            task.updatedAt = at
            try await db.update("work_tasks").set("status", to: status.rawValue).set("updated_at_us", to: at.microseconds)
                .where("id", .equal, taskID).run()
            var old = AuditFields(), new = AuditFields()
            old.add("status", before.rawValue)
            new.add("status", status.rawValue)
            try await AuditWriter.append([PendingAudit(fundID: fundID, entity: "work_task", entityID: taskID,
                                                       action: "status", before: old.json, after: new.json)],
                                         actor: actor, at: at, on: db)
            return task
        }
    }

    /// Allocates the task's id and stores it.
    private static func insert(_ task: WorkTask, on db: any SQLDatabase) async throws -> WorkTask {
        var stored = task
        stored.id = try await IDAllocator.next(.workTask, on: db)
        try await db.insert(into: "work_tasks").columns(taskColumns).values(values(stored).map(\.sqlCell)).run()
        return stored
    }

    private static func insert(_ message: TaskMessage, on db: any SQLDatabase) async throws {
        try await db.insert(into: "task_messages").columns(messageColumns).values(values(message).map(\.sqlCell)).run()
    }

    /// AUDIT-2: the task a portal (or staff) action created, with what came with it.
    private static func auditCreate(_ task: WorkTask, detail: (String, Int64), actor: Actor,
                                    on db: any SQLDatabase) async throws {
        var fields = AuditFields()
        fields.add("kind", task.kind.rawValue)
        fields.add("person_id", number: task.personID)
        fields.add("record_id", number: task.recordID)
        fields.add("subject", task.subject)
        fields.add("channel", task.channel.rawValue)
        fields.add(detail.0, number: detail.1)
        try await AuditWriter.append([PendingAudit(fundID: task.fundID, entity: "work_task", entityID: task.id,
                                                   action: "create", before: nil, after: fields.json)],
                                     actor: actor, at: task.createdAt, on: db)
    }
}
