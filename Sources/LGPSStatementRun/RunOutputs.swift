import Foundation
import LGPSRules
import LGPSStatements
import LGPSStorage

/// Writes a run's files into a directory: `report.txt`, `exceptions.csv`, the extract (`extract-<kind>.csv` and
/// `.json`, from the figures stored with each statement), `manifest.txt` and, for members who asked for paper,
/// the print file (`print/`). Every file depends only on what is stored, so writing them again gives the same
/// bytes.
public struct RunOutputs: Sendable {
    let store: any StatementStore
    let loader: SubjectLoader

    /// Statements read per query.
    static let pageSize = 1_000

    public init(store: any StatementStore, loader: SubjectLoader) {
        self.store = store
        self.loader = loader
    }

    /// Writes every file for `run` into `directory` (created if needed); returns the report.
    @discardableResult
    public func write(_ run: StatementRunRow, to directory: URL, today: CalendarDate) async throws -> RunReport {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let report = RunReport(run: run, counts: try await store.counts(runID: run.id),
                               exceptions: try await store.exceptions(runID: run.id), today: today)
        try Self.save(report.text, directory.appendingPathComponent("report.txt"))
        let exceptions = report.exceptions.map { StatementException(recordID: $0.recordID, reason: $0.message ?? "") }
        try Self.save(ExceptionReport(exceptions).csv, directory.appendingPathComponent("exceptions.csv"))
        let rows = try await extractRows(run)
        for kind in report.kinds {
            let table = ExtractTable(kind: kind, rows: rows)
            try Self.save(table.csv, directory.appendingPathComponent("extract-\(kind.rawValue).csv"))
            try Self.save(table.json, directory.appendingPathComponent("extract-\(kind.rawValue).json"))
        }
        let manifest = try await store.manifest(fundID: run.fundID, year: run.schemeYear)
        try Self.save(manifest.map { $0.text + "\n" }.joined(), directory.appendingPathComponent("manifest.txt"))
        try await PrintFile(store: store, loader: loader).write(run, to: directory.appendingPathComponent("print"))
        return report
    }

    /// The extract rows of the run's year (of the run's kind when it has one), from the stored figures.
    func extractRows(_ run: StatementRunRow) async throws -> [ExtractRow] {
        var rows: [ExtractRow] = []
        var after: Int64 = 0
        while true {
            let page = try await store.figures(fundID: run.fundID, year: run.schemeYear, after: after,
                                               limit: Self.pageSize)
            guard let last = page.last else { break }
            for entry in page where run.kind == nil || run.kind == entry.kind {
                guard let kind = StatementKind(rawValue: entry.kind),
                      let values = try JSONSerialization.jsonObject(with: Data(entry.json.utf8)) as? [String: String]
                else { continue }
                rows.append(ExtractRow(recordID: entry.recordID, kind: kind, values: values))
            }
            after = last.recordID
        }
        return rows
    }

    static func save(_ text: String, _ url: URL) throws {
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
