import Crypto
import Foundation
import LGPSRules
import LGPSStatements
import LGPSStorage

/// Turns one record into its stored statement: the extract row (figures only), the HTML from the fund's
/// templates with the Part 3 notes that apply, the dashboards values, and the SHA-256 that goes in the manifest.
/// Pure: the same subject, year and issue date give byte-identical output.
public struct StatementComposer: Sendable {
    public let extractor: StatementExtractor
    public let renderer: StatementRenderer

    public init(extractor: StatementExtractor, renderer: StatementRenderer) {
        self.extractor = extractor
        self.renderer = renderer
    }

    /// The statement of `subject` for `year`, or why it cannot be produced.
    public func compose(_ subject: StatementSubject, year: SchemeYear, issuedOn: CalendarDate, runID: Int64,
                        at: Timestamp) -> Result<StoredStatement, StatementException> {
        let row: ExtractRow
        switch extractor.extract(subject, year: year) {
        case .success(let extracted): row = extracted
        case .failure(let exception): return .failure(exception)
        }
        do {
            let rendered = try renderer.render(subject, row: row, year: year, issuedOn: issuedOn)
            return .success(StoredStatement(
                fundID: subject.member.record.fundID, recordID: row.recordID, schemeYear: year,
                kind: row.kind.rawValue, runID: runID, issuedOn: issuedOn,
                paper: subject.person.digitalPreference.choice == .paper, html: rendered.html,
                htmlSHA256: Self.sha256(Array(rendered.html.utf8)), figuresJSON: Self.figuresJSON(row),
                notesJSON: StatementNote.json(rendered.notes), dashboardJSON: rendered.dashboard.json, createdAt: at))
        } catch {
            return .failure(StatementException(recordID: row.recordID,
                                               reason: "The statement could not be laid out: \(error)"))
        }
    }

    /// The row's items that have a value, as one JSON object in catalogue order.
    static func figuresJSON(_ row: ExtractRow) -> String {
        var out = "{"
        var first = true
        for (column, value) in row.ordered where !value.isEmpty {
            out += first ? "" : ","
            first = false
            JSONString.append(column, to: &out)
            out += ":"
            JSONString.append(value, to: &out)
        }
        return out + "}"
    }

    /// Lower-case hex SHA-256.
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
