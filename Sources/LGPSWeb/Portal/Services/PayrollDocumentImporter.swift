import Foundation
import LGPSPortal
import LGPSRules
import LGPSStorage

/// Imports the pensioner payroll's P60s and payslips from a manifest: a CSV with the header
/// `member_number,kind,period,file` (kind `p60` with period `2024-25`, or `payslip` with period `2025-10`; file
/// relative to the manifest). Every line is checked first — the member number is the fund's, the period fits the
/// kind, the file exists, is a PDF by its own bytes (FILE-3) and within the size limit (FILE-2) — and any problem
/// is reported with its line and column, with nothing stored. Then the PDFs go into the ``DocumentStore`` and the
/// rows into the database in one transaction; a document already held for the same record, kind and period is
/// skipped, so running an import twice adds nothing.
public struct PayrollDocumentImporter: Sendable {
    let repositories: Repositories
    let files: DocumentStore

    public init(repositories: Repositories, files: DocumentStore) {
        self.repositories = repositories
        self.files = files
    }

    /// The columns, in order.
    static let header = ["member_number", "kind", "period", "file"]
    /// The largest PDF accepted: Notify's attachment limit, ample for a P60 or payslip.
    static let maximumBytes = 2 * 1024 * 1024
    /// What a PDF's bytes start with (ISO 32000-1 §7.5.2).
    static let pdfSignature = Array("%PDF-".utf8)

    /// What the import did.
    public struct Outcome: Sendable, Equatable {
        public var added: Int
        public var alreadyHeld: Int

        public init(added: Int, alreadyHeld: Int) {
            self.added = added
            self.alreadyHeld = alreadyHeld
        }
    }

    /// Checks and imports the manifest at `path` for `fundID`; throws ``PayrollImportProblems`` listing every
    /// problem (nothing stored) when any line is wrong.
    public func run(manifest path: String, fundID: Int64, at now: Timestamp, actor: Actor) async throws -> Outcome {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rows: [CSVRows.Row]
        do { rows = try CSVRows.parse(text) } catch {
            throw PayrollImportProblems(problems: [error])
        }
        guard let head = rows.first, head.fields.map({ $0.lowercased() }) == Self.header else {
            throw PayrollImportProblems(problems: [CSVRows.Problem(line: rows.first?.line ?? 1, column: 1, message:
                "The first line must be the header \(Self.header.joined(separator: ","))")])
        }
        var problems: [CSVRows.Problem] = [], checked: [(PayrollDocument, [UInt8])] = []
        for row in rows.dropFirst() {
            switch try await check(row, directory: directory, fundID: fundID, now: now, actor: actor) {
            case .success(let entry): checked.append(entry)
            case .failure(let problem): problems.append(problem)
            }
        }
        guard problems.isEmpty else { throw PayrollImportProblems(problems: problems) }
        var documents: [PayrollDocument] = []
        for (document, bytes) in checked {
            var stored = document
            let written = try files.write(bytes)
            stored.storageKey = written.key
            stored.sha256 = written.sha256
            documents.append(stored)
        }
        let added = try await repositories.payrollDocuments.add(documents, actor: actor)
        let addedKeys = Set(added.map(\.storageKey))
        for document in documents where !addedKeys.contains(document.storageKey) {
            files.remove(key: document.storageKey)  // already held: keep no second copy
        }
        return Outcome(added: added.count, alreadyHeld: documents.count - added.count)
    }

    /// One line checked: the document to store and its bytes, or the first problem found.
    private func check(_ row: CSVRows.Row, directory: URL, fundID: Int64, now: Timestamp,
                       actor: Actor) async throws -> Result<(PayrollDocument, [UInt8]), CSVRows.Problem> {
        func problem(_ column: Int, _ message: String) -> Result<(PayrollDocument, [UInt8]), CSVRows.Problem> {
            .failure(CSVRows.Problem(line: row.line, column: column, message: message))
        }
        guard row.fields.count == Self.header.count else {
            return problem(1, "Expected \(Self.header.count) fields, found \(row.fields.count)")
        }
        let fields = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let record = try await repositories.payrollDocuments.record(fundID: fundID, memberNumber: fields[0])
        else { return problem(1, "No record in this fund has the member number \(fields[0])") }
        guard let kind = PayrollDocument.Kind(rawValue: fields[1].lowercased()) else {
            return problem(2, "Kind must be p60 or payslip")
        }
        guard PayrollPeriod.isValid(fields[2], p60: kind == .p60) else {
            return problem(3, kind == .p60 ? "Period of a P60 must be a tax year, like 2024-25"
                                          : "Period of a payslip must be a month, like 2025-10")
        }
        let url = directory.appendingPathComponent(fields[3])
        guard !fields[3].isEmpty, !fields[3].contains(".."), let data = FileManager.default.contents(atPath: url.path)
        else { return problem(4, "No file \(fields[3]) beside the manifest") }
        let bytes = [UInt8](data)
        if let message = Self.fileProblem(bytes) { return problem(4, "\(fields[3]): \(message)") }
        let document = PayrollDocument(id: 0, fundID: fundID, personID: record.personID, recordID: record.recordID,
                                       kind: kind, period: fields[2], byteCount: Int64(bytes.count),
                                       sha256: "", storageKey: "", createdAt: now,
                                       createdBy: actor.id)
        return .success((document, bytes))
    }
}

extension PayrollDocumentImporter {
    /// What is wrong with a P60 or payslip's bytes, if anything: it must be a PDF by its first bytes (FILE-3) and
    /// 2 MB or less (FILE-1).
    static func fileProblem(_ bytes: [UInt8]) -> String? {
        if bytes.isEmpty { return "Select the PDF" }
        if bytes.count > maximumBytes { return "The file must be 2 MB or smaller" }
        if !bytes.starts(with: pdfSignature) { return "The file must be a PDF" }
        return nil
    }
}

/// Every problem in a payroll manifest, each with its line and column; nothing was imported.
public struct PayrollImportProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [CSVRows.Problem]

    public var description: String {
        problems.map { "line \($0.line), column \($0.column): \($0.message)" }.joined(separator: "\n")
    }
}
