import ArgumentParser
import Foundation
import LGPSStorage

/// `lgps bench ...`: throughput figures on generated data (reported in notes, never asserted in tests).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Measure speed on generated data.",
                                                    subcommands: [BenchGenerateCommand.self, BenchSearchCommand.self, BenchCalcCommand.self,
                                                                  BenchStatementsCommand.self, BenchPortalCommand.self])
    static let defaultPath = "./data/bench.sqlite"
}

/// `lgps bench generate --members N [--sqlite PATH]`: generates into a fresh database and reports members/s.
struct BenchGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate",
                                                    abstract: "Generate a fund into a fresh database and report members/s.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var generation: GenerationOptions

    func run() async throws {
        try await Self.generateFresh(database: database, generation: generation)
    }

    /// Generates `generation` into a fresh benchmark database and prints members/s and peak memory.
    static func generateFresh(database: DatabaseOptions, generation: GenerationOptions) async throws {
        let location = database.location(defaultPath: ProcessInfo.processInfo.environment["DATABASE_URL"] == nil || database.sqlitePath != nil
                                         ? (database.sqlitePath ?? BenchCommand.defaultPath) : nil)
        if case .sqlite(let path) = location {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let logger = commandLogger()
        let db = try await Database.open(location, logger: logger)
        do {
            _ = try await Migrator(database: db).migrate()
            let started = ContinuousClock.now
            let summary = try await generation.generate(into: db)
            let seconds = (ContinuousClock.now - started).seconds
            try await db.shutdown()
            print(summary.report)
            let memory = PeakMemory.mebibytes().map { "\($0) MiB" } ?? "unknown"
            print("Generated \(summary.people.grouped) members (\(summary.rows.grouped) rows) in "
                  + String(format: "%.1f", seconds) + " s, peak memory \(memory): "
                  + "\(Int(Double(summary.people) / seconds).grouped) members/s")
        } catch {
            try? await db.shutdown()
            throw error
        }
    }
}
