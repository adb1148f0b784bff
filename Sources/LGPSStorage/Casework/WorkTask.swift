import LGPSRules

/// What a task in the staff work queue is about.
public enum TaskKind: String, Sendable, Codable, CaseIterable {
    /// A secure message from a member (or started by staff).
    case message
    /// A document a member uploaded.
    case document
    /// New bank details a member gave, for staff to check before they are used.
    case bankDetails = "bank_details"

    /// The kind in words, for members and staff.
    public var label: String {
        switch self {
        case .message: "Message"
        case .document: "Document"
        case .bankDetails: "Bank details"
        }
    }
}

/// Where a task is in the work queue.
public enum TaskStatus: String, Sendable, Codable, CaseIterable {
    case open
    case inProgress = "in_progress"
    case done

    /// The status in words, as the member sees it.
    public var label: String {
        switch self {
        case .open: "Received"
        case .inProgress: "Being worked on"
        case .done: "Completed"
        }
    }
}

/// A task in the staff work queue, created by a member's portal action (AUDIT-2) or by staff.
public struct WorkTask: Hashable, Sendable, Codable {
    public var id: Int64
    public var fundID: Int64
    public var personID: Int64
    public var recordID: Int64?
    public var kind: TaskKind
    public var status: TaskStatus
    public var subject: String
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    /// Where the task was started: `.portal` or `.staff`.
    public var channel: Channel
    /// The staff actor id the task is assigned to, if any.
    public var assignedTo: String?

    public init(id: Int64, fundID: Int64, personID: Int64, recordID: Int64?, kind: TaskKind, status: TaskStatus,
                subject: String, createdAt: Timestamp, updatedAt: Timestamp, channel: Channel, assignedTo: String?) {
        self.id = id
        self.fundID = fundID
        self.personID = personID
        self.recordID = recordID
        self.kind = kind
        self.status = status
        self.subject = subject
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.channel = channel
        self.assignedTo = assignedTo
    }
}

/// A task in the staff queue with the member's name and the record's member number beside it.
public struct WorkQueueItem: Hashable, Sendable, Codable {
    public var task: WorkTask
    public var memberName: String
    public var memberNumber: String?

    public init(task: WorkTask, memberName: String, memberNumber: String?) {
        self.task = task
        self.memberName = memberName
        self.memberNumber = memberNumber
    }
}
