import LGPSStatementRun

/// The statement run's progress on standard error: one bar for the statements, then one for the PDFs.
final class RunProgressDisplay: @unchecked Sendable {
    private var bar: ProgressBar?
    private var phase: StatementProgress.Phase?
    private var pdfStart = 0

    func show(_ progress: StatementProgress) {
        if progress.phase != phase {
            bar?.finish()
            phase = progress.phase
            switch progress.phase {
            case .statements: bar = ProgressBar(total: progress.total, unit: "records")
            case .pdfs:
                pdfStart = progress.done
                bar = ProgressBar(total: progress.awaitingPDF, unit: "PDFs")
            case .finished: bar = nil
            }
        }
        switch progress.phase {
        case .statements: bar?.update(progress.total - progress.left + progress.awaitingPDF)
        case .pdfs: bar?.update(progress.done - pdfStart)
        case .finished: break
        }
    }

    func finish() { bar?.finish() }
}
