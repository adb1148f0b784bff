/// The staff work queue: tasks created by members' portal actions (AUDIT-2) or staff, their conversations and
/// the documents uploaded with them. Member reads are scoped by fund and person, staff reads by fund: another
/// member's or another fund's task reads as absent (AC-3, AC-6).
public protocol CaseworkRepository: Sendable {
    /// Creates a task and its first message in one transaction, with an audit entry (AUDIT-2).
    func createTask(_ task: WorkTask, firstMessage: TaskMessage, actor: Actor) async throws -> WorkTask
    /// Creates a task and its document in one transaction, with an audit entry (AUDIT-2).
    func createTask(_ task: WorkTask, document: MemberDocument, actor: Actor) async throws -> (WorkTask, MemberDocument)
    /// The member's tasks, most recently updated first.
    func tasks(fundID: Int64, personID: Int64) async throws -> [WorkTask]
    /// The fund's tasks in `statuses`, oldest first; `page` starts at 1.
    func queue(fundID: Int64, statuses: [TaskStatus], page: Int, pageSize: Int) async throws -> Page<WorkQueueItem>
    /// The fund's tasks in `statuses` (only those assigned to `assignedTo`, when given): oldest first while
    /// waiting, most recently updated first when only `done` is asked for; `page` starts at 1.
    func queue(fundID: Int64, statuses: [TaskStatus], assignedTo: String?, page: Int,
               pageSize: Int) async throws -> Page<WorkQueueItem>
    /// Assigns the task to the staff actor `to` (nil: nobody), audited; nil when the task is not in the fund.
    func assign(fundID: Int64, taskID: Int64, to: String?, actor: Actor) async throws -> WorkTask?
    /// A task in the fund (staff), or nil.
    func task(fundID: Int64, id: Int64) async throws -> WorkTask?
    /// A task of the member's (fund and person), or nil.
    func task(fundID: Int64, personID: Int64, id: Int64) async throws -> WorkTask?
    /// The task's conversation, oldest first.
    func messages(fundID: Int64, taskID: Int64) async throws -> [TaskMessage]
    /// The task's documents, oldest first.
    func documents(fundID: Int64, taskID: Int64) async throws -> [MemberDocument]
    /// A document in the fund (and the person's, when given), or nil.
    func document(fundID: Int64, personID: Int64?, id: Int64) async throws -> MemberDocument?
    /// Adds a reply to the task (touching its `updatedAt`); `StorageError.notFound` if the task is not in the fund.
    /// A member's reply to a completed task opens it again (status `open`, audited), in the same transaction.
    func addMessage(_ message: TaskMessage, actor: Actor) async throws -> TaskMessage
    /// Changes the task's status, audited; nil when the task is not in the fund.
    func setStatus(fundID: Int64, taskID: Int64, to status: TaskStatus, actor: Actor) async throws -> WorkTask?
    /// How many documents the person has uploaded, and their total bytes (FILE-8).
    func documentUsage(fundID: Int64, personID: Int64) async throws -> DocumentUsage
}
