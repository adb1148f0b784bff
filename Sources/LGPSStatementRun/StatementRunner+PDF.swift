import LGPSPDF
import LGPSRules
import LGPSStorage

/// The run's second phase: a PDF for each stored statement that wants one.
extension StatementRunner {
    func printPDFs(_ run: StatementRunRow, batch: inout Int64, tally: inout RunTally,
                   progress: @escaping @Sendable (StatementProgress) -> Void) async throws {
        guard tally.awaitingPDF > 0 else { return }
        guard let printer else { throw StatementRunError.noPrinter }
        try await printer.start()
        while true {
            batch += 1
            let claimed = try await store.claim(runID: run.id, from: .rendered, to: .printing, batch: batch,
                                                limit: settings.pdfBatchSize)
            if claimed.isEmpty { break }
            try Task.checkCancellation()
            let pdfs = try await render(claimed, run: run, printer: printer)
            let settled = claimed.map { item in
                var done = item
                done.status = .done
                return done
            }
            _ = try await takeLease(run)
            try await store.completePDFs(runID: run.id, pdfs: pdfs, settled: settled, at: clock.now())
            tally.add(settled, from: .rendered)
            progress(tally.progress(now: clock.now(), phase: .pdfs))
        }
    }

    /// The PDFs of a claimed batch, rendered concurrently (the renderer bounds how many at once), in item order.
    private func render(_ items: [StatementRunItem], run: StatementRunRow, printer: PDFRenderer) async throws
        -> [StatementPDF] {
        let store = store
        return try await withThrowingTaskGroup(of: (Int, StatementPDF).self) { group in
            for (index, item) in items.enumerated() {
                group.addTask {
                    guard let statement = try await store.statement(fundID: run.fundID, recordID: item.recordID,
                                                                    year: run.schemeYear) else {
                        throw StatementRunError.missingStatement(item.recordID)
                    }
                    let bytes = try await printer.render(html: statement.html,
                                                         documentDate: statement.issuedOn.description)
                    return (index, StatementPDF(fundID: run.fundID, recordID: item.recordID,
                                                schemeYear: run.schemeYear, bytes: bytes,
                                                sha256: StatementComposer.sha256(bytes)))
                }
            }
            var pdfs: [(Int, StatementPDF)] = []
            for try await pdf in group { pdfs.append(pdf) }
            return pdfs.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}
