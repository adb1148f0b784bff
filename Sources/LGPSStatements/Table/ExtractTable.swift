import LGPSRules

/// A statement extract: rows of one kind under the catalogue's columns, written as CSV or JSON. The output
/// depends only on the rows (same rows, same bytes).
/// - Source: LGA guide Part 1 ("the list to be used as the basis for any standard data extract") [seed 001].
public struct ExtractTable: Sendable {
    public var items: [StatementItem]
    public var rows: [ExtractRow]

    public init(kind: StatementKind, rows: [ExtractRow]) {
        items = StatementCatalogue.items(for: kind)
        self.rows = rows.filter { $0.kind == kind }
    }

    /// RFC 4180 CSV: a header of column headings, one line per row, CRLF line ends, fields quoted when they
    /// hold a comma, a quote, a CR or LF (quotes doubled).
    /// - Standard: RFC 4180 section 2.
    public var csv: String {
        let lines = [items.map(\.column)] + rows.map { row in items.map { row[$0] } }
        return lines.map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted if it must be.
    public static func csvField(_ text: String) -> String {
        let special = text.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        return special ? "\"" + String(text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\"" : text
    }

    /// A JSON array with an object per row, keyed by column heading in catalogue order; every value a string.
    /// - Standard: RFC 8259 (strings escaped per section 7).
    public var json: String {
        let objects = rows.map { row in
            "  {\n" + items.map { "    " + JSONString.quoted($0.column) + ": " + JSONString.quoted(row[$0]) }
                .joined(separator: ",\n") + "\n  }"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
