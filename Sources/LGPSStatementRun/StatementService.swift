import Foundation
import LGPSPDF
import LGPSRules
import LGPSStatements
import LGPSStorage

/// Statement runs for one fund, for the command line and the staff pages: plan a run, work it, read its
/// progress, write its files.
public struct StatementService: Sendable {
    public let database: Database
    public let fund: Fund
    public let composer: StatementComposer
    public let loader: SubjectLoader

    public init(database: Database, fund: Fund, composer: StatementComposer, loader: SubjectLoader) {
        self.database = database
        self.fund = fund
        self.composer = composer
        self.loader = loader
    }

    /// The service for the fund `code` (the first fund when nil) and the statements of `year`, with the bundled
    /// templates under any of the fund's own in `templates`; the notes quote the parameters in force at the
    /// year's statement date.
    public static func make(database: Database, fundCode: String?, year: SchemeYear, parameters: SchemeParameters,
                            settings: StatementSettings = StatementSettings(), templates: String? = nil)
        async throws -> StatementService {
        guard let fund = try await database.repositories.funds.chosen(fundCode) else {
            throw StatementRunError.noFund(fundCode)
        }
        let renderer = StatementRenderer(templates: try StatementTemplates(overrides: templates),
                                         fund: StatementFund(name: fund.name), settings: settings,
                                         terms: try NoteTerms(parameters: parameters, on: year.end))
        let composer = StatementComposer(extractor: StatementExtractor(parameters: parameters, settings: settings),
                                         renderer: renderer)
        return StatementService(database: database, fund: fund, composer: composer,
                                loader: try await SubjectLoader.make(database, fundID: fund.id))
    }

    var store: any StatementStore { database.repositories.statements }

    /// The run `request` continues, or a new one.
    public func plan(_ request: StatementRunRequest) async throws -> StatementRunRow {
        try await RunPlanner(store: store, clock: database.clock).plan(request)
    }

    /// Works `run` to the end (see ``StatementRunner``).
    public func work(_ run: StatementRunRow, printer: PDFRenderer?,
                     settings: StatementRunner.Settings = StatementRunner.Settings(),
                     progress: @escaping @Sendable (StatementProgress) -> Void = { _ in }) async throws
        -> StatementProgress {
        try await StatementRunner(store: store, loader: loader, composer: composer, printer: printer,
                                  clock: database.clock, settings: settings).work(run, progress: progress)
    }

    /// Where `run` stands (see ``StatementProgress/read(_:store:now:)``).
    public func progress(of run: StatementRunRow) async throws -> StatementProgress {
        try await StatementProgress.read(run, store: store, now: database.clock.now())
    }

    /// Writes the run's files (report, exceptions, extract, manifest, print file) into `directory`.
    public func writeOutputs(_ run: StatementRunRow, to directory: URL) async throws -> RunReport {
        try await RunOutputs(store: store, loader: loader).write(run, to: directory, today: database.clock.today())
    }

    /// The run's report.
    public func report(_ run: StatementRunRow) async throws -> RunReport {
        RunReport(run: run, counts: try await store.counts(runID: run.id),
                  exceptions: try await store.exceptions(runID: run.id), today: database.clock.today())
    }
}
