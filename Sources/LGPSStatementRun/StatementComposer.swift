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
                htmlSHA256: Self.sha256(rendered.html), figuresJSON: row.figuresJSON,
                notesJSON: StatementNote.json(rendered.notes), dashboardJSON: rendered.dashboard.json, createdAt: at))
        } catch {
            return .failure(StatementException(recordID: row.recordID,
                                               reason: "The statement could not be laid out: \(error)"))
        }
    }

    /// Lower-case hex SHA-256.
    public static func sha256(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    /// Lower-case hex SHA-256 of `text`'s UTF-8, hashed where it lies (no copy for a native string).
    public static func sha256(_ text: String) -> String {
        text.utf8.withContiguousStorageIfAvailable { hex(SHA256.hash(data: UnsafeRawBufferPointer($0))) }
            ?? sha256(Array(text.utf8))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(SHA256.byteCount * 2)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
