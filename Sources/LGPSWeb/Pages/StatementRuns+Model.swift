import LGPSRules
import LGPSStatementRun
import LGPSStatements
import LGPSStorage

/// The statement runs page: recent runs and the form to start one.
struct StatementRunsPage {
    struct Row { var href: String; var id: Int64; var year: String; var kind: String; var status: String; var started: String }

    var layout: LayoutModel
    var runs: [Row]
    var hasRuns: Bool
    var errors: ErrorSummary?
    var year: TextField
    var kindChoices: [StatementRunForm.Choice]
    var pdfChoices: [StatementRunForm.Choice]
    var kindError: String?
    var pdfsError: String?
    var flash: String?

    init(context: StaffRequestContext, runs: [StatementRunRow], form: StatementRunForm, errors: [FieldError]?,
         flash: String?) {
        let summary = errors.flatMap { ErrorSummary($0) }
        layout = LayoutModel(title: "Annual benefit statements", context: context, hasErrors: summary != nil)
        layout.flash = flash
        self.runs = runs.map {
            Row(href: "/statements/runs/\($0.id)", id: $0.id, year: $0.schemeYear.description,
                kind: StatementRunPage.kindLabel($0.kind), status: $0.status == .complete ? "Complete" : "Not finished",
                started: "\($0.issuedOn.longUK) by \($0.startedBy)")
        }
        hasRuns = !runs.isEmpty
        self.errors = summary
        year = TextField(id: "year", label: "Scheme year", value: form.year, errors: summary,
                         hint: "The year the Scheme year starts: 2025 is 1 April 2025 to 31 March 2026",
                         widthClass: "input--width-4")
        kindChoices = form.kindChoices
        pdfChoices = form.pdfChoices
        kindError = summary?.message(for: "kind")
        pdfsError = summary?.message(for: "pdfs")
        self.flash = flash
    }
}

/// One run's progress and report.
struct StatementRunPage {
    struct KindRow { var kind: String; var records: Int; var produced: Int; var awaitingPDF: Int; var exceptions: Int; var left: Int }
    struct Deadline { var kind: String; var date: String; var daysLeft: String }
    struct Exception { var recordHref: String; var recordID: Int64; var kind: String; var reason: String }

    var layout: LayoutModel
    var heading: String
    var summary: [SummaryRow]
    var kinds: [KindRow]
    var deadlines: [Deadline]
    var exceptions: [Exception]
    var hasExceptions: Bool
    var finished: Bool
    var refreshHref: String
    var canResume: Bool

    init(context: StaffRequestContext, run: StatementRunRow, progress: StatementProgress, report: RunReport,
         working: Bool, flash: String?) {
        layout = LayoutModel(title: "Statement run \(run.id)", context: context)
        layout.flash = flash
        heading = "Statement run \(run.id): \(run.schemeYear)"
        let rate = progress.ratePerSecond
        summary = [
            SummaryRow(key: "Statements", value: StatementRunPage.kindLabel(run.kind)),
            SummaryRow(key: "Dated", value: run.issuedOn.longUK),
            SummaryRow(key: "PDFs for", value: run.pdfMode == "all" ? "every statement"
                            : run.pdfMode == "paper" ? "members who get paper" : "no statements"),
            SummaryRow(key: "Status", value: run.status == .complete ? "Complete"
                            : working ? "Working" : "Stopped before the end"),
            SummaryRow(key: "Done", value: "\(progress.done) of \(progress.total)"),
            SummaryRow(key: "Could not be produced", value: "\(progress.failed)"),
            SummaryRow(key: "Left", value: "\(progress.left)"),
            SummaryRow(key: "Rate", value: rate > 0 ? "\(Int(rate.rounded())) a second over the last minute" : "None in the last minute"),
            SummaryRow(key: "Expected to finish", value: progress.secondsLeft.map(StatementRunPage.duration)
                            ?? (run.status == .complete ? "Finished" : "Not known")),
        ]
        kinds = (report.kinds.map(Optional.some) + [nil]).map { kind in
            KindRow(kind: kind.map { StatementRunPage.kindLabel($0.rawValue) } ?? "Total",
                    records: report.count(kind, Set(StatementRunItem.Status.allCases)),
                    produced: report.count(kind, [.done, .rendered, .printing]),
                    awaitingPDF: report.count(kind, [.rendered, .printing]),
                    exceptions: report.count(kind, [.exception]), left: report.count(kind, [.pending, .claimed]))
        }
        deadlines = report.deadlines.map {
            Deadline(kind: StatementRunPage.kindLabel($0.kind.rawValue), date: $0.date.longUK,
                     daysLeft: $0.daysLeftText(on: report.today))
        }
        exceptions = report.exceptions.map {
            Exception(recordHref: "/records/\($0.recordID)", recordID: $0.recordID,
                      kind: StatementRunPage.kindLabel($0.kind), reason: $0.message ?? "")
        }
        hasExceptions = !exceptions.isEmpty
        finished = run.status == .complete
        refreshHref = "/statements/runs/\(run.id)"
        canResume = run.status != .complete && !working
    }

    static func kindLabel(_ kind: String?) -> String {
        switch kind {
        case "active": "Active members"
        case "deferred": "Deferred members"
        case "pension_credit": "Pension credit members"
        default: "Every statement due"
        }
    }

    /// "about 3 minutes", "less than a minute".
    static func duration(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        if minutes < 1 { return "Less than a minute" }
        return minutes == 1 ? "About 1 minute" : "About \(minutes) minutes"
    }
}
