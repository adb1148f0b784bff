/// What has happened to an uploaded document.
public enum DocumentStatus: String, Sendable, Codable, CaseIterable {
    /// Stored and waiting for staff.
    case received
    /// The scan matched a signature (FILE-7): kept, never served.
    case quarantined
    /// Checked and accepted by staff.
    case accepted
}

/// A document a member uploaded: its stored bytes are found by `storageKey` in the ``DocumentStore``, never by
/// the member's filename (FILE-5).
public struct MemberDocument: Hashable, Sendable {
    public var id: Int64
    public var fundID: Int64
    public var personID: Int64
    public var recordID: Int64
    public var taskID: Int64
    /// The member's filename, sanitised, for display only.
    public var originalName: String
    /// The type decided by the file's own bytes (FILE-3).
    public var mediaType: String
    public var byteCount: Int64
    /// Hex SHA-256 of the bytes.
    public var sha256: String
    public var storageKey: String
    public var status: DocumentStatus
    public var createdAt: Timestamp

    public init(id: Int64, fundID: Int64, personID: Int64, recordID: Int64, taskID: Int64, originalName: String,
                mediaType: String, byteCount: Int64, sha256: String, storageKey: String, status: DocumentStatus,
                createdAt: Timestamp) {
        self.id = id
        self.fundID = fundID
        self.personID = personID
        self.recordID = recordID
        self.taskID = taskID
        self.originalName = originalName
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.sha256 = sha256
        self.storageKey = storageKey
        self.status = status
        self.createdAt = createdAt
    }
}

/// How many documents a member has uploaded and their total size (FILE-8 quota).
public struct DocumentUsage: Hashable, Sendable {
    public var count: Int
    public var bytes: Int64

    public init(count: Int, bytes: Int64) {
        self.count = count
        self.bytes = bytes
    }
}
