import LGPSStorage

/// The runner's own count of where the run stands, kept in memory between batches (counting the items table
/// after every batch would cost a scan of the run each time).
struct RunTally: Sendable {
    let start: Timestamp
    let runID: Int64
    private var byStatus: [StatementRunItem.Status: Int] = [:]
    private var settledSinceStart = 0

    init(start: Timestamp, counts: [StatementCount], runID: Int64) {
        self.start = start
        self.runID = runID
        for count in counts { byStatus[count.status, default: 0] += count.count }
        byStatus[.pending, default: 0] += byStatus[.claimed] ?? 0
        byStatus[.rendered, default: 0] += byStatus[.printing] ?? 0
        byStatus[.claimed] = 0
        byStatus[.printing] = 0
    }

    /// Statements stored that still want their PDF.
    var awaitingPDF: Int { byStatus[.rendered] ?? 0 }

    /// Records `items` moving from `previous` to their new status.
    mutating func add(_ items: [StatementRunItem], from previous: StatementRunItem.Status) {
        for item in items {
            byStatus[previous, default: 0] -= 1
            byStatus[item.status, default: 0] += 1
        }
        settledSinceStart += items.count
    }

    func progress(now: Timestamp, phase: StatementProgress.Phase) -> StatementProgress {
        let seconds = Double(now.microseconds - start.microseconds) / 1_000_000
        let total = byStatus.values.reduce(0, +)
        return StatementProgress(runID: runID, total: total, done: byStatus[.done] ?? 0,
                                 failed: byStatus[.exception] ?? 0, awaitingPDF: byStatus[.rendered] ?? 0,
                                 ratePerSecond: seconds > 0 ? Double(settledSinceStart) / seconds : 0, phase: phase)
    }
}
