/// One message in a task's conversation, from the member or from staff.
public struct TaskMessage: Hashable, Sendable {
    public var id: Int64
    public var taskID: Int64
    public var fundID: Int64
    public var fromMember: Bool
    /// Who wrote it: the member's name, or the member of staff's name.
    public var author: String
    public var body: String
    public var createdAt: Timestamp

    public init(id: Int64, taskID: Int64, fundID: Int64, fromMember: Bool, author: String, body: String,
                createdAt: Timestamp) {
        self.id = id
        self.taskID = taskID
        self.fundID = fundID
        self.fromMember = fromMember
        self.author = author
        self.body = body
        self.createdAt = createdAt
    }
}
