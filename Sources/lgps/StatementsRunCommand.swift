import ArgumentParser
import Foundation
import LGPSPDF
import LGPSRules
import LGPSStatementRun
import LGPSStatements
import LGPSStorage

/// `lgps statements run --year YYYY [--kind K] [--limit N] [--record ID]`: produces the Scheme year's annual
/// benefit statements — stored HTML, PDFs, the extract, the exception report, the print file for members who
/// asked for paper and the run report. Stopped at any point, running the same command again carries on.
struct StatementsRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run",
                                                    abstract: "Produce (or carry on producing) a year's statements.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var parameterOptions: ParameterOptions
    @Option(help: "Scheme year by its first year: 2025 is 1 April 2025 to 31 March 2026.") var year: Int
    @Option(help: "Only this kind: active, deferred or pension_credit.") var kind: StatementKind?
    @Option(help: "Only this pension record id.") var record: Int64?
    @Option(help: "At most this many records.") var limit: Int?
    @Option(help: "Which statements get a PDF: paper (members who get paper: the print file), all or none.")
    var pdfs: StatementRunRequest.PDFMode = .paper
    @Option(help: "The date printed on the statements, YYYY-MM-DD (default today).") var issuedOn: String?
    @Option(help: "Fund code (default: the first fund).") var fund: String?
    @Option(help: "A directory of the fund's own statement templates.") var templates: String?
    @Option(help: "Directory for the run's files (default ./data/statements/YEAR).") var out: String?
    @Option(help: "Records claimed and stored together.") var batchSize = 500
    @Option(help: "Browser tabs making PDFs at once.") var pdfPages = 2
    @Flag(help: "Start a new run even if one for the same statements exists.") var fresh = false

    func validate() throws {
        guard (2014...2100).contains(year) else { throw ValidationError("--year must be a Scheme year from 2014") }
        if let issuedOn, CalendarDate(issuedOn) == nil { throw ValidationError("--issued-on must be a date YYYY-MM-DD") }
        guard batchSize > 0, pdfPages > 0 else { throw ValidationError("--batch-size and --pdf-pages must be positive") }
    }

    func run() async throws {
        let parameters = try parameterOptions.load()
        try await withDatabase(database, logger: commandLogger()) { db in
            let service = try await StatementService.make(database: db, fundCode: fund,
                                                          year: SchemeYear(startYear: year), parameters: parameters,
                                                          templates: templates)
            let request = StatementRunRequest(
                fundID: service.fund.id, year: SchemeYear(startYear: year), kind: kind, record: record, limit: limit,
                pdfs: pdfs, issuedOn: issuedOn.flatMap(CalendarDate.init), fresh: fresh)
            let run = try await service.plan(request)
            print("Statement run \(run.id) for \(run.schemeYear) (\(run.status == .complete ? "already complete" : "working"))")
            let printer = pdfs == .none ? nil : PDFRenderer(pages: pdfPages)
            let display = RunProgressDisplay()
            do {
                _ = try await service.work(run, printer: printer,
                                           settings: StatementRunner.Settings(batchSize: batchSize)) { display.show($0) }
                await printer?.stop()
            } catch {
                await printer?.stop()
                throw error
            }
            display.finish()
            guard let finished = try await db.repositories.statements.run(fundID: service.fund.id, id: run.id) else {
                throw StorageError.notFound
            }
            let directory = URL(fileURLWithPath: out ?? "./data/statements/\(year)")
            let report = try await service.writeOutputs(finished, to: directory)
            print(report.text, terminator: "")
            print("Files written to \(directory.path): report.txt, exceptions.csv, extract-*.csv/json, manifest.txt, print/")
        }
    }
}

extension StatementRunRequest.PDFMode: ExpressibleByArgument {}
