import Testing
import LGPSRules
import LGPSParameters

@Suite("Fund parameter directories")
struct FundOverrideTests {
    static let april2027 = """
    values:
      2027-04-06: "2.9"
    reference:
      2027-04-06: { title: "Public Service Pensions Revaluation Order 2027", href: "https://www.legislation.gov.uk/" }
    last_value_still_valid_on: "2027-11-01"
    """

    @Test("A fund adds next April's figure by dropping one dated value at the same path; nothing else changes")
    func addsNextApril() throws {
        let fund = try FundDirectory(["care/revaluation.yaml": Self.april2027])
        defer { fund.remove() }
        let bundled = try ParameterLoader().load().scheme.careRevaluation
        let merged = try ParameterLoader(fundDirectories: [fund.url]).load().scheme.careRevaluation
        #expect(try merged.value(on: CalendarDate(2027, 4, 6)) == Rate(percent: "2.9"))
        #expect(merged.entries.count == bundled.entries.count + 1)
        for (before, after) in zip(bundled.entries, merged.entries) {
            #expect(before.effective == after.effective && before.value == after.value
                    && before.reference == after.reference && before.verification == after.verification)
        }
        #expect(merged.lastValueStillValidOn == CalendarDate(2027, 11, 1))
        #expect(try merged.value(on: CalendarDate(2026, 4, 6)) == Rate(percent: "3.8"))
    }

    @Test("A fund value at a date already held replaces the bundled one, and its flag with it")
    func replacesSameDate() throws {
        let fund = try FundDirectory(["care/revaluation.yaml": """
        values:
          2026-04-06: "3.8"
        reference:
          2026-04-06: { title: "Public Service Pensions Revaluation Order 2026", href: "https://www.legislation.gov.uk/" }
        """])
        defer { fund.remove() }
        let entry = try ParameterLoader(fundDirectories: [fund.url]).load().scheme.careRevaluation
            .entry(on: CalendarDate(2026, 4, 6))
        #expect(entry.reference.title == "Public Service Pensions Revaluation Order 2026")
        #expect(entry.verification == .verified)
    }

    @Test("The check lists the fund file's values and passes")
    func checkWithFund() throws {
        let fund = try FundDirectory(["care/revaluation.yaml": Self.april2027])
        defer { fund.remove() }
        let report = ParameterCheck(fundDirectories: [fund.url]).run(today: CalendarDate(2026, 11, 1))
        #expect(report.problems.isEmpty)
        let series = try #require(report.series.first { $0.path == "care/revaluation" })
        #expect(series.files.count == 2)
        #expect(series.entries.last?.file.hasSuffix("care/revaluation.yaml") == true)
    }
}
