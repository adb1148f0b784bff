/// One record in a statement run, with where it has got to.
public struct StatementRunItem: Sendable, Hashable, Codable {
    public var runID: Int64
    /// Order within the run (record id order), from 1.
    public var position: Int64
    public var recordID: Int64
    public var kind: String
    public var status: Status
    /// The batch that last claimed it.
    public var batch: Int64?
    /// Why it could not be produced, for an exception.
    public var message: String?

    /// The life of an item: `pending` → `claimed` → `rendered` (statement stored, PDF to come) → `printing` →
    /// `done`; or `exception`. A run that stops leaves `claimed` and `printing` items, which go back a step when
    /// it is resumed: their work was never committed.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case pending, claimed, rendered, printing, done, exception
    }

    public init(runID: Int64, position: Int64, recordID: Int64, kind: String, status: Status, batch: Int64? = nil,
                message: String? = nil) {
        self.runID = runID
        self.position = position
        self.recordID = recordID
        self.kind = kind
        self.status = status
        self.batch = batch
        self.message = message
    }
}
