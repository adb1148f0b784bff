/// Progress of a generation run, reported after each batch is written.
public struct GenerationProgress: Sendable, Equatable {
    /// People written so far.
    public var peopleDone: Int
    /// People the run will write in all.
    public var peopleTotal: Int
    /// Pension records written so far.
    public var recordsDone: Int
    /// Database rows written so far (people, records, nominations and every history row).
    public var rowsDone: Int
    /// Batches written so far.
    public var batchesDone: Int
    /// Batches in the run.
    public var batchCount: Int

    /// Creates a progress report.
    public init(peopleDone: Int, peopleTotal: Int, recordsDone: Int, rowsDone: Int, batchesDone: Int, batchCount: Int) {
        self.peopleDone = peopleDone
        self.peopleTotal = peopleTotal
        self.recordsDone = recordsDone
        self.rowsDone = rowsDone
        self.batchesDone = batchesDone
        self.batchCount = batchCount
    }

    /// Whole percent of people written (0–100).
    public var percentDone: Int { peopleTotal == 0 ? 100 : peopleDone * 100 / peopleTotal }
}
