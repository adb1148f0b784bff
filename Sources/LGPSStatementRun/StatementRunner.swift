import Foundation
import LGPSPDF
import LGPSRules
import LGPSStatements
import LGPSStorage

/// Works a planned run to the end: claims items in batches, composes each batch's statements on a bounded pool
/// of tasks, stores each batch in one transaction (one commit, so one fsync, per batch), then renders the PDFs
/// the run wants. Work is committed together with the items it settles, so a run stopped at any point — even by
/// `kill -9` — resumes where it stopped, with nothing done twice and nothing missed.
public struct StatementRunner: Sendable {
    let store: any StatementStore
    let loader: SubjectLoader
    let composer: StatementComposer
    let printer: PDFRenderer?
    let clock: any WallClock
    let settings: Settings

    /// How the runner divides its work.
    public struct Settings: Sendable {
        /// Records claimed and stored together.
        public var batchSize: Int
        /// Tasks composing statements at once (the bounded pool).
        public var workers: Int
        /// Statements claimed together for their PDFs.
        public var pdfBatchSize: Int
        /// Who holds the run while working it (so two workers never work the same run).
        public var owner: String
        /// How long the lease lasts without renewal.
        public var leaseSeconds: Int64

        public init(batchSize: Int = 500, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                    pdfBatchSize: Int = 32, owner: String = LeaseOwner.thisProcess,
                    leaseSeconds: Int64 = 300) {
            self.batchSize = batchSize
            self.workers = max(1, workers)
            self.pdfBatchSize = pdfBatchSize
            self.owner = owner
            self.leaseSeconds = leaseSeconds
        }
    }

    public init(store: any StatementStore, loader: SubjectLoader, composer: StatementComposer, printer: PDFRenderer?,
                clock: any WallClock, settings: Settings = Settings()) {
        self.store = store
        self.loader = loader
        self.composer = composer
        self.printer = printer
        self.clock = clock
        self.settings = settings
    }

    /// Works `run` until every item is settled, reporting progress after each batch; returns the final progress.
    /// Cancelling the task stops it between batches (the claimed batch is released when the run is next worked).
    public func work(_ run: StatementRunRow, progress: @escaping @Sendable (StatementProgress) -> Void = { _ in })
        async throws -> StatementProgress {
        if try await !takeLease(run) {
            guard let holder = try await store.leaseHolder(runID: run.id), LeaseOwner.hasDied(holder),
                  try await takeLease(run, replacing: holder) else { throw StatementRunError.busy(run.id) }
        }
        do {
            let final = try await workHeld(run, progress: progress)
            await releaseLease(run)
            return final
        } catch {
            await releaseLease(run)
            throw error
        }
    }

    /// Gives the lease up, even when the work was cancelled (so the release itself must not be).
    private func releaseLease(_ run: StatementRunRow) async {
        let store = store, owner = settings.owner
        await Task.detached { try? await store.releaseLease(runID: run.id, owner: owner) }.value
    }

    private func workHeld(_ run: StatementRunRow, progress: @escaping @Sendable (StatementProgress) -> Void)
        async throws -> StatementProgress {
        try await store.releaseClaims(runID: run.id)
        var tally = RunTally(start: clock.now(), counts: try await store.counts(runID: run.id), runID: run.id)
        var batch = try await store.lastBatch(runID: run.id)
        progress(tally.progress(now: clock.now(), phase: .statements))
        try await writeStatements(run, batch: &batch, tally: &tally, progress: progress)
        try await printPDFs(run, batch: &batch, tally: &tally, progress: progress)
        try await store.finish(runID: run.id, at: clock.now())
        let final = tally.progress(now: clock.now(), phase: .finished)
        progress(final)
        return final
    }

    /// The first phase: every pending item's statement composed and stored, a batch at a time. While one batch is
    /// written the next is read and composed; a batch's write is always awaited, even when stopping.
    private func writeStatements(_ run: StatementRunRow, batch: inout Int64, tally: inout RunTally,
                                 progress: @escaping @Sendable (StatementProgress) -> Void) async throws {
        var pendingWrite: Task<Void, any Error>?
        do {
            try await composeAndStore(run, batch: &batch, tally: &tally, pendingWrite: &pendingWrite,
                                      progress: progress)
            try await pendingWrite?.value
        } catch {
            _ = try? await pendingWrite?.value
            throw error
        }
    }

    /// One batch claimed and its subjects read, ready to compose.
    private struct Claimed: Sendable {
        var items: [StatementRunItem]
        var subjects: [Int64: StatementSubject]
    }

    /// Reads the next batch (its items and their subjects) after `position`, numbering it `number`.
    private func claim(_ run: StatementRunRow, after position: Int64, number: Int64) async throws -> Claimed {
        let items = try await store.items(runID: run.id, status: .pending, after: position, limit: settings.batchSize)
            .map { item in
                var taken = item
                taken.batch = number
                return taken
            }
        return Claimed(items: items, subjects: items.isEmpty ? [:] : try await subjects(of: items))
    }

    /// Composes batch after batch. The next batch is read while this one is composed, and this one is written
    /// while the next is composed, so the cores compose while the database reads and writes.
    private func composeAndStore(_ run: StatementRunRow, batch: inout Int64, tally: inout RunTally,
                                 pendingWrite: inout Task<Void, any Error>?,
                                 progress: @escaping @Sendable (StatementProgress) -> Void) async throws {
        batch += 1
        var next = try await claim(run, after: 0, number: batch)
        while let last = next.items.last {
            let current = next
            let following = batch + 1
            let reading = Task { try await claim(run, after: last.position, number: following) }
            let outcome: BatchOutcome
            do {
                try Task.checkCancellation()
                outcome = await compose(current.items, subjects: current.subjects, run: run)
                try await pendingWrite?.value
                _ = try await takeLease(run)
            } catch {
                reading.cancel()
                _ = try? await reading.value
                throw error
            }
            let store = store, at = clock.now()
            pendingWrite = Task { try await store.complete(runID: run.id, statements: outcome.statements,
                                                           settled: outcome.settled, at: at) }
            tally.add(outcome.settled, from: .pending)
            progress(tally.progress(now: clock.now(), phase: .statements))
            next = try await reading.value
            batch = following
        }
    }

    func takeLease(_ run: StatementRunRow, replacing: String? = nil) async throws -> Bool {
        let now = clock.now()
        return try await store.acquireLease(
            runID: run.id, owner: settings.owner, now: now,
            until: Timestamp(microseconds: now.microseconds + settings.leaseSeconds * 1_000_000), replacing: replacing)
    }
}

/// Why a run could not be worked.
public enum StatementRunError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another worker holds the run.
    case busy(Int64)
    case noFund(String?)
    /// PDFs are wanted but no renderer was given.
    case noPrinter
    /// A statement marked stored could not be read back.
    case missingStatement(Int64)

    public var description: String {
        switch self {
        case .busy(let id): "Statement run \(id) is being worked by another process. Try again when it has finished."
        case .noFund(let code): code.map { "There is no fund \($0)" } ?? "The database has no fund"
        case .noPrinter: "This run wants PDFs but no PDF renderer was started"
        case .missingStatement(let id): "The stored statement of record \(id) could not be read back"
        }
    }
}
