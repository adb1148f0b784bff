import Hummingbird
import LGPSRules
import LGPSStatementRun
import LGPSStatements
import LGPSStorage

/// `/statements`: the fund's statement runs and a form to start one; `/statements/runs/{id}`: a run's progress
/// (done, failed, left, rate, expected finish) and its report (counts by kind and outcome, statutory deadlines
/// with days left, exceptions).
struct StatementRunsController {
    let pages: StaffPages

    /// Runs listed on the page.
    static let runsListed = 20

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/statements", use: list)
        group.post("/statements/runs", use: start)
        group.get("/statements/runs/{id}", use: show)
    }

    @Sendable func list(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let runs = try await pages.dependencies.statements.runs(fundID: user.fundID, limit: Self.runsListed)
        let form = StatementRunForm(year: "\(SchemeYear(containing: pages.dependencies.clock.today()).startYear - 1)")
        return pages.render(StatementRunsPage(context: context, runs: runs, form: form, errors: nil,
                                              flash: pages.takeFlash(context)), "statement-runs")
    }

    @Sendable func start(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let fields = context.form
        let pdfs = fields["pdfs"]
        let form = StatementRunForm(year: fields["year"], kind: fields["kind"],
                                    pdfs: pdfs.isEmpty ? StatementRunRequest.PDFMode.paper.rawValue : pdfs)
        switch form.validate(today: pages.dependencies.clock.today()) {
        case .invalid(let errors):
            let runs = try await pages.dependencies.statements.runs(fundID: user.fundID, limit: Self.runsListed)
            return pages.render(StatementRunsPage(context: context, runs: runs, form: form, errors: errors, flash: nil),
                                "statement-runs", status: .unprocessableContent)
        case .valid(let year, let kind, let pdfs):
            guard let launcher = pages.dependencies.statementRuns,
                  let fund = try await pages.dependencies.funds.get(id: user.fundID) else {
                throw WebError.notFound
            }
            let run = try await launcher.start(
                StatementRunRequest(fundID: user.fundID, year: year, kind: kind, pdfs: pdfs,
                                    startedBy: user.email), fund: fund)
            pages.setFlash(run.status == StatementRunRow.Status.complete ? "These statements have already been produced"
                                                   : "Statement run \(run.id) started", context)
            return HTML.redirect(to: "/statements/runs/\(run.id)")
        }
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let id = try pages.id("id", context)
        guard let run = try await pages.dependencies.statements.run(fundID: user.fundID, id: id) else {
            pages.logNotFound(user, entity: "statement_run", id: id, context)
            throw WebError.notFound
        }
        let store = pages.dependencies.statements
        let clock = pages.dependencies.clock
        let progress = try await StatementProgress.read(run, store: store, now: clock.now())
        let report = RunReport(run: run, counts: try await store.counts(runID: run.id),
                               exceptions: try await store.exceptions(runID: run.id), today: clock.today())
        let working = await pages.dependencies.statementRuns?.isWorking(run.id) ?? false
        return pages.render(StatementRunPage(context: context, run: run, progress: progress, report: report,
                                             working: working, flash: pages.takeFlash(context)), "statement-run")
    }
}
