import LGPSStorage

/// Where a run has got to, for the progress bar and the staff page.
public struct StatementProgress: Sendable, Hashable {
    public var runID: Int64
    /// Items in the run.
    public var total: Int
    /// Statements stored and, where one is due, their PDF.
    public var done: Int
    /// Records that could not have a statement (the exception report).
    public var failed: Int
    /// Statements stored whose PDF is still to come.
    public var awaitingPDF: Int
    /// Items finished per second over the last minute (or since the worker started).
    public var ratePerSecond: Double
    public var phase: Phase

    public enum Phase: String, Sendable, Hashable {
        case statements, pdfs, finished
    }

    public init(runID: Int64, total: Int, done: Int, failed: Int, awaitingPDF: Int, ratePerSecond: Double,
                phase: Phase) {
        self.runID = runID
        self.total = total
        self.done = done
        self.failed = failed
        self.awaitingPDF = awaitingPDF
        self.ratePerSecond = ratePerSecond
        self.phase = phase
    }

    /// Items not yet settled (including statements whose PDF is still to come).
    public var left: Int { max(0, total - done - failed) }

    /// Seconds to go at the current rate, when there is one.
    public var secondsLeft: Double? { ratePerSecond > 0 ? Double(left) / ratePerSecond : nil }

    /// Seconds over which the stored progress measures the rate.
    public static let rateWindowSeconds: Int64 = 60

    /// Where `run` stands, from the stored counts, with the rate over the last minute (what the staff page shows).
    public static func read(_ run: StatementRunRow, store: any StatementStore, now: Timestamp) async throws
        -> StatementProgress {
        let since = Timestamp(microseconds: now.microseconds - rateWindowSeconds * 1_000_000)
        let recent = try await store.finishedCount(runID: run.id, since: since)
        return from(try await store.counts(runID: run.id), runID: run.id,
                    ratePerSecond: Double(recent) / Double(rateWindowSeconds), finished: run.status == .complete)
    }

    /// Progress from stored counts.
    public static func from(_ counts: [StatementCount], runID: Int64, ratePerSecond: Double, finished: Bool)
        -> StatementProgress {
        func sum(_ statuses: Set<StatementRunItem.Status>) -> Int {
            counts.filter { statuses.contains($0.status) }.reduce(0) { $0 + $1.count }
        }
        let awaiting = sum([.rendered, .printing])
        return StatementProgress(runID: runID, total: sum(Set(StatementRunItem.Status.allCases)), done: sum([.done]),
                                 failed: sum([.exception]), awaitingPDF: awaiting, ratePerSecond: ratePerSecond,
                                 phase: finished ? .finished : (sum([.pending, .claimed]) > 0 ? .statements : .pdfs))
    }
}
