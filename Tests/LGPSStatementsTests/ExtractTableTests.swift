import Testing
import LGPSRules
@testable import LGPSStatements

/// LGA annual benefit statements guide, Part 1 ("the basis for any standard data extract"): CSV per RFC 4180
/// and JSON, byte-for-byte the same for the same rows.
@Suite("Extract table (CSV and JSON)")
struct ExtractTableTests {
    @Test("RFC 4180: fields with commas, quotes and line breaks are quoted, quotes doubled")
    func csvQuoting() {
        #expect(ExtractTable.csvField("plain") == "plain")
        #expect(ExtractTable.csvField("Smith, Jones") == "\"Smith, Jones\"")
        #expect(ExtractTable.csvField("1 \"High\" Street") == "\"1 \"\"High\"\" Street\"")
        #expect(ExtractTable.csvField("a\nb") == "\"a\nb\"")
        #expect(JSONString.quoted("say \"hi\"\n\u{01}") == "\"say \\\"hi\\\"\\n\\u0001\"")
    }

    @Test("Part 2 Table 1 as columns: the header is the catalogue in order; the same rows give the same bytes")
    func deterministic() throws {
        let extractor = Fixtures.extractor()
        let rows = try [Fixtures.member(id: 10, number: "M0010"), Fixtures.member(id: 11, number: "M0011")]
            .map { try extractor.extract(Fixtures.subject($0), year: Fixtures.year).get() }
        let table = ExtractTable(kind: .active, rows: rows)
        let again = ExtractTable(kind: .active, rows: rows)
        #expect(table.csv == again.csv)
        #expect(table.json == again.json)
        let lines = table.csv.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("Personal Details: Title,Personal Details: Initials,"))
        #expect(lines[1].contains(",\"Smith, Jones\","))
        #expect(table.json.hasPrefix("[\n  {\n    \"Personal Details: Title\": \"Mrs\",\n"))
        #expect(ExtractTable(kind: .deferred, rows: rows).json == "[]\n")
    }
}
