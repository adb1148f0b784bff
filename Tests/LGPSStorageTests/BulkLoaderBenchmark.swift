import Foundation
import LGPSRules
import Testing
@testable import LGPSStorage

/// A throwaway throughput check of the bulk loader alone (not a pass/fail test): set `LGPS_STORAGE_BENCH` to a
/// member count to run it; it prints rows/s and members/s. Figures come from `lgps bench generate`.
@Suite("Bulk loader benchmark", .enabled(if: ProcessInfo.processInfo.environment["LGPS_STORAGE_BENCH"] != nil))
struct BulkLoaderBenchmark {
    @Test("Bulk load throughput on SQLite")
    func throughput() async throws {
        let members = Int(ProcessInfo.processInfo.environment["LGPS_STORAGE_BENCH"] ?? "") ?? 50_000
        let batchSize = 2_000
        try await TestDatabase.with(.sqlite, clock: SystemClock()) { db in
            let fund = try await Fixtures.fund(db)
            let employer = try await db.repositories.employers.create(Fixtures.employer(fundID: fund.id),
                                                                      actor: Fixtures.staff)
            var loadTime = Duration.zero
            var rows = 0
            for start in stride(from: 0, to: members, by: batchSize) {
                let batch = try await BulkLoaderTests.batch(db, fundID: fund.id, employerID: employer.id,
                                                            count: min(batchSize, members - start))
                rows += Self.rowCount(batch)
                let began = ContinuousClock.now
                try await db.repositories.bulk.load(batch, actor: .system("bench"))
                loadTime += ContinuousClock.now - began
            }
            let seconds = Double(loadTime.components.seconds) + Double(loadTime.components.attoseconds) / 1e18
            print("bulk load: \(members) members, \(rows) rows in \(seconds) s: "
                  + "\(Int(Double(rows) / seconds)) rows/s, \(Int(Double(members) / seconds)) members/s")
        }
    }

    /// Rows written for a batch, including one audit entry per person.
    static func rowCount(_ batch: LoadBatch) -> Int {
        var rows = batch.people.count * 2 + batch.nominations.count
        for m in batch.records {
            rows += 1 + m.record.statusHistory.count + m.record.sectionHistory.count + m.record.aggregationLinks.count
                + m.service.count + m.breaks.count + m.addedYears.count + m.careYears.count + m.debits.count
                + m.mcCloudFacts.count
        }
        return rows
    }
}
