import LGPSPDF
import LGPSRules
import LGPSStatements
import LGPSStorage
import Logging

/// Starts statement runs for the staff pages and works them in the background of the server, one task per run,
/// each with its own PDF renderer (started when its PDFs are due, stopped when the run ends).
public actor BackgroundStatementRuns {
    let database: Database
    let parameters: Result<SchemeParameters, any Error>
    let templates: String?
    let logger: Logger
    private var working: [Int64: Task<Void, Never>] = [:]

    public init(database: Database, parameters: Result<SchemeParameters, any Error>, templates: String? = nil,
                logger: Logger) {
        self.database = database
        self.parameters = parameters
        self.templates = templates
        self.logger = logger
    }

    /// Plans (or finds) the run for `request` and, unless it is complete or already being worked here, works it
    /// in the background. Returns the run.
    public func start(_ request: StatementRunRequest, fund: Fund) async throws -> StatementRunRow {
        let service = try await StatementService.make(database: database, fundCode: fund.code, year: request.year,
                                                      parameters: try parameters.get(), templates: templates)
        let run = try await service.plan(request)
        guard run.status != .complete, working[run.id] == nil else { return run }
        let printer = run.pdfMode == StatementRunRequest.PDFMode.none.rawValue ? nil : PDFRenderer()
        let logger = logger
        working[run.id] = Task { [weak self] in
            do {
                _ = try await service.work(run, printer: printer)
            } catch {
                logger.error("Statement run stopped", metadata: ["run_id": "\(run.id)", "error": "\(error)"])
            }
            await printer?.stop()
            await self?.finished(run.id)
        }
        return run
    }

    /// Whether this server is working `runID` now.
    public func isWorking(_ runID: Int64) -> Bool { working[runID] != nil }

    /// Waits for the background work on `runID` to end (for tests and shutdown).
    public func wait(for runID: Int64) async {
        await working[runID]?.value
    }

    private func finished(_ runID: Int64) { working[runID] = nil }
}
