import LGPSRules
import SQLKit

/// How tasks, messages and documents become rows and back.
extension SQLCaseworkRepository {
    static let taskColumns = ["id", "fund_id", "person_id", "record_id", "kind", "status", "subject",
                              "created_at_us", "updated_at_us", "channel", "assigned_to"]
    static let messageColumns = ["id", "task_id", "fund_id", "from_member", "author", "body", "created_at_us"]
    static let documentColumns = ["id", "fund_id", "person_id", "record_id", "task_id", "original_name",
                                  "media_type", "byte_count", "sha256", "storage_key", "status", "created_at_us"]

    static func values(_ t: WorkTask) -> [any SQLCellConvertible] {
        [t.id, t.fundID, t.personID, t.recordID, t.kind.rawValue, t.status.rawValue, t.subject,
         t.createdAt.microseconds, t.updatedAt.microseconds, t.channel.rawValue, t.assignedTo]
    }

    static func values(_ m: TaskMessage) -> [any SQLCellConvertible] {
        [m.id, m.taskID, m.fundID, Int64(m.fromMember ? 1 : 0), m.author, m.body, m.createdAt.microseconds]
    }

    static func values(_ d: MemberDocument) -> [any SQLCellConvertible] {
        [d.id, d.fundID, d.personID, d.recordID, d.taskID, d.originalName, d.mediaType, d.byteCount, d.sha256,
         d.storageKey, d.status.rawValue, d.createdAt.microseconds]
    }

    static func decodeTask(_ row: any SQLRow) throws -> WorkTask {
        WorkTask(id: try row.int64("id"), fundID: try row.int64("fund_id"), personID: try row.int64("person_id"),
                 recordID: try row.optionalInt64("record_id"), kind: try row.code("kind", as: TaskKind.self),
                 status: try row.code("status", as: TaskStatus.self), subject: try row.string("subject"),
                 createdAt: try row.timestamp("created_at_us"), updatedAt: try row.timestamp("updated_at_us"),
                 channel: try row.code("channel", as: Channel.self), assignedTo: try row.optionalString("assigned_to"))
    }

    static func decodeMessage(_ row: any SQLRow) throws -> TaskMessage {
        TaskMessage(id: try row.int64("id"), taskID: try row.int64("task_id"), fundID: try row.int64("fund_id"),
                    fromMember: try row.int64("from_member") != 0, author: try row.string("author"),
                    body: try row.string("body"), createdAt: try row.timestamp("created_at_us"))
    }

    static func decodeDocument(_ row: any SQLRow) throws -> MemberDocument {
        MemberDocument(id: try row.int64("id"), fundID: try row.int64("fund_id"), personID: try row.int64("person_id"),
                       recordID: try row.int64("record_id"), taskID: try row.int64("task_id"),
                       originalName: try row.string("original_name"), mediaType: try row.string("media_type"),
                       byteCount: try row.int64("byte_count"), sha256: try row.string("sha256"),
                       storageKey: try row.string("storage_key"), status: try row.code("status", as: DocumentStatus.self),
                       createdAt: try row.timestamp("created_at_us"))
    }
}
