import LGPSPortal
import Testing

@Suite("CSV rows and payroll periods")
struct CSVRowsTests {
    @Test("Quoted fields keep commas, doubled quotes and line breaks; rows know their line; BOM, CRLF and blank lines are fine")
    func parses() throws {
        let text = "\u{FEFF}a,b,c\r\n\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n3,,\n"
        let rows = try CSVRows.parse(text)
        #expect(rows == [
            CSVRows.Row(line: 1, fields: ["a", "b", "c"]),
            CSVRows.Row(line: 3, fields: ["x, y", "say \"hi\"", "two\nlines"]),
            CSVRows.Row(line: 5, fields: ["3", "", ""]),
        ])
    }

    @Test("A quote left open is reported where it opened")
    func unclosed() {
        #expect(throws: CSVRows.Problem(line: 2, column: 3, message: "A quoted field is not closed")) {
            _ = try CSVRows.parse("a,b\n1,\"open\n2,3\n")
        }
    }

    @Test("A P60 is for a tax year such as 2024-25, a payslip for a month such as 2025-10", arguments: [
        ("2024-25", true, true), ("2024-26", true, false), ("1999-00", true, true), ("2024", true, false),
        ("2025-10", false, true), ("2025-13", false, false), ("2025-00", false, false), ("25-10", false, false),
    ])
    func periods(text: String, p60: Bool, valid: Bool) {
        #expect(PayrollPeriod.isValid(text, p60: p60) == valid)
    }

    @Test("Periods read as dates on the page")
    func labels() {
        #expect(PayrollPeriod.label("2024-25", p60: true) == "6 April 2024 to 5 April 2025")
        #expect(PayrollPeriod.label("2025-10", p60: false) == "October 2025")
    }
}
