import ArgumentParser
import Foundation
import LGPSStorage

/// `lgps bench search [--sqlite PATH]`: runs every kind of staff search (surname prefix, full surname, forename
/// and surname, NI number, member number, payroll reference, later pages) against a benchmark fund, one after
/// another, and prints latency percentiles. Sample values come from the fund itself through the repositories.
struct BenchSearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Report search latency percentiles.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Searches to time.") var queries = 3_000
    @Option(help: "Fund code to search (default: the first fund).") var fund: String?
    @Option(help: "Results per page, as on the staff search page.") var pageSize = 20

    func run() async throws {
        let location = database.sqlitePath == nil && ProcessInfo.processInfo.environment["DATABASE_URL"] == nil
            ? DatabaseLocation.sqlite(path: BenchCommand.defaultPath) : database.location()
        let db = try await Database.open(location, logger: commandLogger())
        do {
            let people = db.repositories.people
            guard let target = try await db.repositories.funds.chosen(fund) else {
                throw ValidationError("The database has no fund: run lgps bench generate first")
            }
            let workload = try await SearchWorkload.sample(fundID: target.id, people: people,
                                                           records: db.repositories.records, count: queries)
            var timings: [String: [Duration]] = [:]
            for query in workload.prefix(queries / 10) {   // warm caches first
                _ = try await people.search(fundID: target.id, query: query.text, page: query.page, pageSize: pageSize)
            }
            for query in workload {
                let started = ContinuousClock.now
                _ = try await people.search(fundID: target.id, query: query.text, page: query.page, pageSize: pageSize)
                timings[query.kind, default: []].append(ContinuousClock.now - started)
            }
            try await db.shutdown()
            for (kind, values) in timings.sorted(by: { $0.key < $1.key }) {
                print(Percentiles(values).line(label: "\(kind) (\(values.count))"))
            }
            print(Percentiles(timings.values.flatMap { $0 }).line(label: "search: \(workload.count) queries in \(target.code)"))
        } catch {
            try? await db.shutdown()
            throw error
        }
    }
}

/// p50, p95 and p99 of a set of durations.
struct Percentiles {
    let sorted: [Duration]
    init(_ values: [Duration]) { sorted = values.sorted() }

    func at(_ percent: Int) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let index = min(sorted.count - 1, (sorted.count * percent + 99) / 100 - 1)
        return sorted[max(0, index)].seconds * 1000
    }

    func line(label: String) -> String {
        "\(label): p50 \(String(format: "%.2f", at(50))) ms, p95 \(String(format: "%.2f", at(95))) ms, "
            + "p99 \(String(format: "%.2f", at(99))) ms"
    }
}
