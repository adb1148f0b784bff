import Foundation
import LGPSRules
import LGPSStatements
import LGPSStorage

/// The print file for a mailing house: the PDF of every member of the run who asked for paper, numbered in run
/// order (`00001-<record>.pdf`), with `manifest.csv` giving, for each, the file, the record, the name and postal
/// address to print on the envelope, and the PDF's SHA-256.
public struct PrintFile: Sendable {
    let store: any StatementStore
    let loader: SubjectLoader

    /// Statements read per query.
    static let pageSize = 200
    /// Digits in the sequence number of a file name.
    static let sequenceDigits = 5

    public init(store: any StatementStore, loader: SubjectLoader) {
        self.store = store
        self.loader = loader
    }

    /// Writes the bundle into `directory` (replacing an earlier one); returns how many statements it holds.
    @discardableResult
    public func write(_ run: StatementRunRow, to directory: URL) async throws -> Int {
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var lines = [["Sequence", "File", "Record id", "Member number", "Name", "Address line 1", "Address line 2",
                      "Address line 3", "Address line 4", "Address line 5", "Postcode", "SHA-256"]]
        var after: Int64 = 0
        while true {
            let page = try await store.paperStatements(runID: run.id, after: after, limit: Self.pageSize)
            guard let last = page.last else { break }
            let subjects = Dictionary(try await loader.subjects(page.map(\.recordID)).map { ($0.member.record.id, $0) },
                                      uniquingKeysWith: { first, _ in first })
            for statement in page {
                guard let pdf = statement.pdf, let subject = subjects[statement.recordID] else { continue }
                let sequence = lines.count
                let number = String(sequence)
                let file = String(repeating: "0", count: max(0, Self.sequenceDigits - number.count)) + number
                    + "-\(statement.recordID).pdf"
                try Data(pdf).write(to: directory.appendingPathComponent(file))
                let address = subject.person.contact.addressLines
                lines.append([number, file, String(statement.recordID), subject.member.record.memberNumber,
                              subject.person.fullName]
                             + (0..<5).map { $0 < address.count ? address[$0] : "" }
                             + [subject.person.contact.postcode, StatementComposer.sha256(pdf)])
            }
            after = last.position
        }
        let csv = lines.map { $0.map(ExtractTable.csvField).joined(separator: ",") + "\r\n" }.joined()
        try Data(csv.utf8).write(to: directory.appendingPathComponent("manifest.csv"), options: .atomic)
        return lines.count - 1
    }
}
