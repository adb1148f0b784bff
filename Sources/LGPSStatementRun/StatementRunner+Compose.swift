import LGPSRules
import LGPSStatements
import LGPSStorage

/// One batch's statements composed on the bounded pool.
extension StatementRunner {
    /// What a batch produced: the statements to store and every item's new status.
    struct BatchOutcome: Sendable {
        var statements: [StoredStatement] = []
        var settled: [StatementRunItem] = []
    }

    /// The subjects of a batch's items, by record.
    func subjects(of items: [StatementRunItem]) async throws -> [Int64: StatementSubject] {
        let subjects = try await loader.subjects(items.map(\.recordID))
        return Dictionary(subjects.map { ($0.member.record.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Composes a batch whose subjects are already read, `settings.workers` slices at a time; the result is in
    /// item order whatever order the slices finish in.
    func compose(_ items: [StatementRunItem], subjects byRecord: [Int64: StatementSubject],
                 run: StatementRunRow) async -> BatchOutcome {
        let sliceSize = (items.count + settings.workers - 1) / settings.workers
        let slices = stride(from: 0, to: items.count, by: max(1, sliceSize)).map {
            Array(items[$0..<min($0 + sliceSize, items.count)])
        }
        let composer = composer, at = clock.now()
        let results = await withTaskGroup(of: (Int, BatchOutcome).self) { group in
            for (index, slice) in slices.enumerated() {
                group.addTask {
                    var outcome = BatchOutcome()
                    for item in slice {
                        Self.settle(item, subject: byRecord[item.recordID], run: run, composer: composer, at: at,
                                    into: &outcome)
                        await Task.yield()  // let other tasks (web requests, the batch's write) have the thread
                    }
                    return (index, outcome)
                }
            }
            var done: [(Int, BatchOutcome)] = []
            for await result in group { done.append(result) }
            return done.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return results.reduce(into: BatchOutcome()) {
            $0.statements += $1.statements
            $0.settled += $1.settled
        }
    }

    /// Composes one item's statement and decides its next status: `rendered` when it wants a PDF, else `done`;
    /// `exception` with the reason when it cannot be produced.
    static func settle(_ item: StatementRunItem, subject: StatementSubject?, run: StatementRunRow,
                       composer: StatementComposer, at: Timestamp, into outcome: inout BatchOutcome) {
        var settled = item
        guard let subject else {
            settled.status = .exception
            settled.message = "The record is no longer in the fund"
            outcome.settled.append(settled)
            return
        }
        switch composer.compose(subject, year: run.schemeYear, issuedOn: run.issuedOn, runID: run.id, at: at) {
        case .success(let statement):
            let wantsPDF = run.pdfMode == StatementRunRequest.PDFMode.all.rawValue
                || (run.pdfMode == StatementRunRequest.PDFMode.paper.rawValue && statement.paper)
            settled.status = wantsPDF ? .rendered : .done
            outcome.statements.append(statement)
        case .failure(let exception):
            settled.status = .exception
            settled.message = exception.reason
        }
        outcome.settled.append(settled)
    }
}
