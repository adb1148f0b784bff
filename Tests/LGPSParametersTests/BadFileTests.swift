import Testing
import LGPSRules
import LGPSParameters

@Suite("Bad parameter files give errors naming the file and line")
struct BadFileTests {
    /// Loads the bundled files with `text` as a fund's `care/revaluation.yaml`; returns the error and the check's problems.
    func errors(_ text: String) throws -> (ParameterError?, [ParameterProblem]) {
        let fund = try FundDirectory(["care/revaluation.yaml": text])
        defer { fund.remove() }
        var thrown: ParameterError?
        do { _ = try ParameterLoader(fundDirectories: [fund.url]).load() } catch { thrown = error }
        let problems = ParameterCheck(fundDirectories: [fund.url]).run(today: CalendarDate(2026, 11, 1)).problems
        return (thrown, problems)
    }

    func expectLocated(_ result: (ParameterError?, [ParameterProblem]), line: Int, containing words: String) {
        guard case .invalidFile(let path, let reason)? = result.0 else {
            Issue.record("expected invalidFile, got \(String(describing: result.0))")
            return
        }
        #expect(path.hasSuffix("care/revaluation.yaml"))
        #expect(reason.hasPrefix("line \(line)"), "\(reason)")
        #expect(reason.contains(words), "\(reason)")
        #expect(result.1.contains { $0.line == line && $0.file.hasSuffix("care/revaluation.yaml") })
    }

    @Test("Dates in descending order")
    func descending() throws {
        expectLocated(try errors("""
        values:
          2028-04-06: "2.0"
          2027-04-06: "2.9"
        reference:
          2028-04-06: { title: "Order 2028", href: "https://www.legislation.gov.uk/" }
          2027-04-06: { title: "Order 2027", href: "https://www.legislation.gov.uk/" }
        """), line: 3, containing: "ascending")
    }

    @Test("A value with no reference")
    func missingReference() throws {
        expectLocated(try errors("""
        values:
          2027-04-06: "2.9"
          2028-04-06: "2.0"
        reference:
          2027-04-06: { title: "Order 2027", href: "https://www.legislation.gov.uk/" }
        """), line: 3, containing: "no reference")
    }

    @Test("A reference without an https link")
    func plainHttp() throws {
        expectLocated(try errors("""
        values:
          2027-04-06: "2.9"
        reference:
          2027-04-06: { title: "Order 2027", href: "http://www.legislation.gov.uk/" }
        """), line: 4, containing: "https")
    }

    @Test("A value that does not parse as the series' unit (percent)")
    func badUnitValue() throws {
        expectLocated(try errors("""
        values:
          2027-04-06: "two point nine"
        reference:
          2027-04-06: { title: "Order 2027", href: "https://www.legislation.gov.uk/" }
        """), line: 2, containing: "not a percentage")
    }

    @Test("A flag that is not VERIFIED, DERIVED or UNVERIFIED, and a flag with no note")
    func badFlag() throws {
        let result = try errors("""
        values:
          2027-04-06: "2.9"
        reference:
          2027-04-06: { title: "Order 2027", href: "https://www.legislation.gov.uk/" }
        verification:
          2027-04-06: GUESSED
        """)
        #expect(result.1.contains { $0.line == 6 && $0.message.contains("unknown verification") })
        #expect(result.1.contains { $0.line == 2 && $0.message.contains("no note") })
    }

    @Test("Malformed YAML")
    func malformed() throws {
        let result = try errors("""
        values:
          2027-04-06: "2.9
        reference: {
        """)
        guard case .invalidFile(let path, let reason)? = result.0 else {
            Issue.record("expected invalidFile, got \(String(describing: result.0))")
            return
        }
        #expect(path.hasSuffix("care/revaluation.yaml"))
        #expect(reason.hasPrefix("line "), "\(reason)")
        #expect(result.1.first?.line != nil)
    }

    @Test("A falling early retirement factor table is refused")
    func nonMonotoneTable() throws {
        let fund = try FundDirectory(["factors/early_retirement.yaml": """
        values:
          2027-01-01:
            pension_reduction: ["0", "5.0", "4.0"]
            lump_sum_reduction: ["0", "1.0"]
            part_year_method: linear_by_days
        reference:
          2027-01-01: { title: "GAD guidance 2027", href: "https://www.gov.uk/" }
        """])
        defer { fund.remove() }
        let problems = ParameterCheck(fundDirectories: [fund.url]).run(today: CalendarDate(2026, 11, 1)).problems
        #expect(problems.contains { $0.line == 3 && $0.message.contains("must not fall") })
    }

    @Test("A missing fund directory is a problem, and an unknown unit is named")
    func missingDirectoryAndUnit() throws {
        let fund = try FundDirectory(["misc/new.yaml": """
        description: A new series.
        unit: furlongs
        values:
          2027-01-01: "1"
        reference:
          2027-01-01: { title: "Somewhere", href: "https://www.gov.uk/" }
        """])
        defer { fund.remove() }
        let gone = fund.url.appendingPathComponent("nothing-here")
        let report = ParameterCheck(fundDirectories: [fund.url, gone]).run(today: CalendarDate(2026, 11, 1))
        #expect(report.problems.contains { $0.message.contains("unknown unit \"furlongs\"") && $0.line == 2 })
        #expect(report.problems.contains { $0.file == gone.path && $0.message == "is not a directory" })
        #expect(report.exitStatus == 1)
    }
}
