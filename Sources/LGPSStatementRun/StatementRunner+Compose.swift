import LGPSRules
import LGPSStatements
import LGPSStorage
import Synchronization

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

    /// Items a worker takes at a time: small, so no core waits long for the others at the end of a batch.
    static let sliceSize = 16

    /// Composes a batch whose subjects are already read on `settings.workers` tasks, each taking the next slice
    /// of ``sliceSize`` items as it finishes one; the result is in item order whatever order the slices finish in.
    func compose(_ items: [StatementRunItem], subjects byRecord: [Int64: StatementSubject],
                 run: StatementRunRow) async -> BatchOutcome {
        let slices = stride(from: 0, to: items.count, by: Self.sliceSize).map {
            items[$0..<min($0 + Self.sliceSize, items.count)]
        }
        let next = SliceCounter()
        let composer = composer, at = clock.now()
        let results = await withTaskGroup(of: [(Int, BatchOutcome)].self) { group in
            for _ in 0..<min(settings.workers, slices.count) {
                group.addTask {
                    var done: [(Int, BatchOutcome)] = []
                    while true {
                        let index = next.take()
                        guard index < slices.count else { break }
                        var outcome = BatchOutcome()
                        for item in slices[index] {
                            Self.settle(item, subject: byRecord[item.recordID], run: run, composer: composer, at: at,
                                        into: &outcome)
                        }
                        done.append((index, outcome))
                        await Task.yield()  // let other tasks (web requests, the batch's write) have the thread
                    }
                    return done
                }
            }
            var done: [(Int, BatchOutcome)] = []
            for await result in group { done += result }
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

/// Hands out slice numbers 0, 1, 2 ... to the tasks composing a batch.
final class SliceCounter: Sendable {
    private let next = Atomic<Int>(0)

    /// The next slice's number.
    func take() -> Int { next.wrappingAdd(1, ordering: .relaxed).oldValue }
}
