import Foundation
import LGPSRules
import LGPSStatementRun
import LGPSStatements
import LGPSStorage
import Synchronization
import Testing

@Suite("The bulk statement run")
struct StatementRunTests {
    @Test("A run produces one statement or one exception per eligible record, and the extract agrees",
          arguments: Backend.all)
    func completeRun(backend: Backend) async throws {
        try await RunFixture.with(backend) { db, service in
            let run = try await service.plan(RunFixture.request(service))
            let progress = try await service.work(run, printer: nil,
                                                  settings: StatementRunner.Settings(batchSize: 40, workers: 2))
            #expect(progress.phase == .finished)
            #expect(progress.total > 0 && progress.done + progress.failed == progress.total)
            let manifest = try await db.repositories.statements.manifest(fundID: service.fund.id, year: RunFixture.year)
            #expect(manifest.count == progress.done)
            #expect(manifest.map(\.recordID) == manifest.map(\.recordID).sorted())
            #expect(Set(manifest.map(\.recordID)).count == manifest.count)
            #expect(manifest.allSatisfy { $0.pdfSHA256 == nil && $0.htmlSHA256.count == 64 })
            let exceptions = try await db.repositories.statements.exceptions(runID: run.id)
            #expect(exceptions.count == progress.failed)
            #expect(exceptions.allSatisfy { !($0.message ?? "").isEmpty })
            // Every record due a statement is in the run exactly once: compare with eligibility read record by record.
            var due: [Int64] = []
            var after: Int64 = 0
            while true {
                let ids = try await db.repositories.records.ids(fundID: service.fund.id, after: after, limit: 500)
                guard let last = ids.last else { break }
                for member in try await db.repositories.records.getMany(fundID: service.fund.id, ids: ids)
                    where StatementKind.eligibility(of: member.record, for: RunFixture.year) != nil {
                    due.append(member.record.id)
                }
                after = last
            }
            #expect(Set(manifest.map(\.recordID)).union(exceptions.map(\.recordID)) == Set(due))
            let stored = try #require(try await db.repositories.statements.statement(
                fundID: service.fund.id, recordID: manifest[0].recordID, year: RunFixture.year))
            #expect(stored.html.hasPrefix("<!DOCTYPE html>") || stored.html.hasPrefix("<!doctype html>"))
            #expect(StatementComposer.sha256(Array(stored.html.utf8)) == manifest[0].htmlSHA256)
            #expect(stored.figuresJSON.hasPrefix("{") && stored.dashboardJSON.hasPrefix("{"))
            #expect(stored.issuedOn == RunFixture.issuedOn)
        }
    }

    @Test("Running the same request again continues the same run and changes nothing", arguments: Backend.all)
    func idempotent(backend: Backend) async throws {
        try await RunFixture.with(backend) { db, service in
            let run = try await service.plan(RunFixture.request(service))
            _ = try await service.work(run, printer: nil, settings: StatementRunner.Settings(batchSize: 64))
            let first = try await db.repositories.statements.manifest(fundID: service.fund.id, year: RunFixture.year)
            let again = try await service.plan(RunFixture.request(service))
            #expect(again.id == run.id)
            let progress = try await service.work(again, printer: nil)
            #expect(progress.left == 0)
            let second = try await db.repositories.statements.manifest(fundID: service.fund.id, year: RunFixture.year)
            #expect(first == second)
            let fresh = try await service.plan(RunFixture.request(service, fresh: true))
            #expect(fresh.id != run.id)
            _ = try await service.work(fresh, printer: nil)
            #expect(try await db.repositories.statements.manifest(fundID: service.fund.id, year: RunFixture.year) == first)
        }
    }

    @Test("A run stopped between batches resumes with no duplicates, no gaps and the same statements")
    func resumeAfterStop() async throws {
        let expected = try await RunFixture.with(.sqlite) { db, service in
            let run = try await service.plan(RunFixture.request(service))
            _ = try await service.work(run, printer: nil, settings: StatementRunner.Settings(batchSize: 25))
            return try await db.repositories.statements.manifest(fundID: service.fund.id, year: RunFixture.year)
        }
        for stopAfter in [1, 3, 6] {
            let resumed = try await RunFixture.with(.sqlite) { db, service in
                let run = try await service.plan(RunFixture.request(service))
                let batches = Mutex(0)
                let worker = Task {
                    try await service.work(run, printer: nil, settings: StatementRunner.Settings(batchSize: 25)) { _ in
                        if batches.withLock({ count in count += 1; return count }) > stopAfter {
                            withUnsafeCurrentTask { $0?.cancel() }
                        }
                    }
                }
                let stopped = await worker.result
                #expect(throws: CancellationError.self) { try stopped.get() }
                let midway = try await db.repositories.statements.counts(runID: run.id)
                #expect(midway.contains { $0.status == .claimed || $0.status == .pending })
                let progress = try await service.work(run, printer: nil,
                                                      settings: StatementRunner.Settings(batchSize: 25, owner: "second"))
                #expect(progress.left == 0)
                return try await db.repositories.statements.manifest(fundID: service.fund.id, year: RunFixture.year)
            }
            #expect(resumed == expected, "stopped after \(stopAfter) batches")
        }
    }

    @Test("Another worker's live lease keeps a second worker out; an expired one does not")
    func lease() async throws {
        try await RunFixture.with(.sqlite, members: 50) { db, service in
            let run = try await service.plan(RunFixture.request(service))
            let store = db.repositories.statements
            let now = db.clock.now()
            let later = Timestamp(microseconds: now.microseconds + 60_000_000)
            #expect(try await store.acquireLease(runID: run.id, owner: "other", now: now, until: later, replacing: nil))
            await #expect(throws: StatementRunError.busy(run.id)) {
                _ = try await service.work(run, printer: nil, settings: StatementRunner.Settings(owner: "me"))
            }
            let expired = Timestamp(microseconds: later.microseconds + 1)
            #expect(try await store.acquireLease(runID: run.id, owner: "me", now: expired, until: expired, replacing: nil))
        }
    }
}
