import ArgumentParser
import Foundation
import LGPSPDF
import LGPSRules
import LGPSStatementRun
import LGPSStorage

/// `lgps bench statements [--members N] [--sqlite PATH] [--pdfs N]`: on a benchmark fund (generated first when
/// `--members` is given), a fresh statement run for the year without PDFs — extract, HTML from the templates,
/// notes and dashboards values, stored for every eligible record — timed with its peak memory; then PDFs of the
/// first N statements, timed separately.
struct BenchStatementsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "statements",
                                                    abstract: "Report statements per second and PDFs per second.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var parameterOptions: ParameterOptions
    @Option(help: "Generate a fresh benchmark fund of this many members first.") var members: Int?
    @Option(help: "Scheme year by its first year.") var year = 2025
    @Option(help: "Statements to turn into PDFs after the run.") var pdfs = 200
    @Option(help: "Browser tabs making PDFs at once.") var pdfPages = 2

    func run() async throws {
        if let members {
            try await BenchGenerateCommand.generateFresh(
                database: database, generation: try GenerationOptions.parse(["--members", String(members)]))
        }
        let location = database.sqlitePath == nil && ProcessInfo.processInfo.environment["DATABASE_URL"] == nil
            ? DatabaseLocation.sqlite(path: BenchCommand.defaultPath) : database.location()
        let parameters = try parameterOptions.load()
        let db = try await Database.open(location, logger: commandLogger())
        do {
            _ = try await Migrator(database: db).migrate()
            try await measure(db, parameters: parameters)
            try await db.shutdown()
        } catch {
            try? await db.shutdown()
            throw error
        }
    }

    private func measure(_ db: Database, parameters: SchemeParameters) async throws {
        let service = try await StatementService.make(database: db, fundCode: nil,
                                                      year: SchemeYear(startYear: year), parameters: parameters)
        let started = ContinuousClock.now
        let run = try await service.plan(StatementRunRequest(fundID: service.fund.id,
                                                             year: SchemeYear(startYear: year), pdfs: .none,
                                                             fresh: true, startedBy: "bench"))
        let display = RunProgressDisplay()
        let progress = try await service.work(run, printer: nil) { display.show($0) }
        display.finish()
        let seconds = (ContinuousClock.now - started).seconds
        let memory = PeakMemory.mebibytes().map { "\($0) MiB" } ?? "unknown"
        print("Statement run \(run.id): \(progress.total.grouped) records due a statement, "
              + "\(progress.done.grouped) statements stored, \(progress.failed.grouped) exceptions, in "
              + String(format: "%.1f", seconds) + " s (plan, extract, HTML, store), peak memory \(memory): "
              + "\(Int(Double(progress.total) / seconds).grouped) records/s")
        if pdfs > 0 { try await measurePDFs(db, run: run) }
    }

    private func measurePDFs(_ db: Database, run: StatementRunRow) async throws {
        let store = db.repositories.statements
        var statements: [StoredStatement] = []
        for line in try await store.manifest(fundID: run.fundID, year: run.schemeYear).prefix(pdfs) {
            if let statement = try await store.statement(fundID: run.fundID, recordID: line.recordID,
                                                         year: run.schemeYear) { statements.append(statement) }
        }
        let printer = PDFRenderer(pages: pdfPages)
        try await printer.start()
        let started = ContinuousClock.now
        let bytes = try await withThrowingTaskGroup(of: Int.self) { group in
            for statement in statements {
                group.addTask { try await printer.render(html: statement.html,
                                                         documentDate: statement.issuedOn.description).count }
            }
            return try await group.reduce(0, +)
        }
        let seconds = (ContinuousClock.now - started).seconds
        await printer.stop()
        print("PDFs: \(statements.count) in " + String(format: "%.1f", seconds) + " s with \(pdfPages) tabs: "
              + String(format: "%.1f", Double(statements.count) / seconds) + " PDFs/s, "
              + "\(bytes / max(statements.count, 1) / 1024) KiB each on average")
    }
}
