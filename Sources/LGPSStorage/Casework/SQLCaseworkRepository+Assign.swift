import SQLKit

extension SQLCaseworkRepository {
    func assign(fundID: Int64, taskID: Int64, to: String?, actor: Actor) async throws -> WorkTask? {
        let at = database.clock.now()
        return try await database.transaction { db in
            guard var task = try await Self.task(fundID: fundID, personID: nil, id: taskID, on: db) else { return nil }
            guard task.assignedTo != to else { return task }
            var old = AuditFields(), new = AuditFields()
            old.add("assigned_to", task.assignedTo ?? "")
            new.add("assigned_to", to ?? "")
            task.assignedTo = to
            task.updatedAt = at
            try await db.update("work_tasks").set("assigned_to", to: to.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null)
                .set("updated_at_us", to: at.microseconds).where("id", .equal, taskID).run()
            try await AuditWriter.append([PendingAudit(fundID: fundID, entity: "work_task", entityID: taskID,
                                                       action: "assign", before: old.json, after: new.json)],
                                         actor: actor, at: at, on: db)
            return task
        }
    }

    /// A member's reply to a completed task opens it again, audited as a status change by the member.
    static func reopen(message: TaskMessage, actor: Actor, on db: any SQLDatabase) async throws {
        let reopened = try await db.update("work_tasks").set("status", to: TaskStatus.open.rawValue)
            .where("fund_id", .equal, message.fundID).where("id", .equal, message.taskID)
            .where("status", .equal, TaskStatus.done.rawValue).returning("id").all()
        guard !reopened.isEmpty else { return }
        var old = AuditFields(), new = AuditFields()
        old.add("status", TaskStatus.done.rawValue)
        new.add("status", TaskStatus.open.rawValue)
        try await AuditWriter.append([PendingAudit(fundID: message.fundID, entity: "work_task", entityID: message.taskID,
                                                   action: "status", before: old.json, after: new.json)],
                                     actor: actor, at: message.createdAt, on: db)
    }
}
