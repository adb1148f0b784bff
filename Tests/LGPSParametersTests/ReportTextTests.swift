import Foundation
import Testing
import LGPSRules
import LGPSParameters

@Suite("Check output and missing series")
struct ReportTextTests {
    @Test("Problems print as path:line:column: key: message and the exit status is 1")
    func problemLines() throws {
        let fund = try FundDirectory(["care/revaluation.yaml": """
        values:
          2027-04-06: "2.9"
          2026-04-06: "3.8"
        reference:
          2027-04-06: { title: "Order 2027", href: "https://www.legislation.gov.uk/" }
          2026-04-06: { title: "Order 2026", href: "https://www.legislation.gov.uk/" }
        """])
        defer { fund.remove() }
        let report = ParameterCheck(fundDirectories: [fund.url]).run(today: CalendarDate(2026, 11, 1))
        #expect(report.exitStatus == 1)
        let path = fund.url.appendingPathComponent("care/revaluation.yaml").path
        #expect(report.text.contains("\(path):3:3: values.2026-04-06: dates must be in ascending order"), "\(report.text)")
    }

    @Test("A directory without the files the rules need is a typed missing-parameter error")
    func missingSeries() throws {
        let empty = try FundDirectory([:])
        try FileManager.default.createDirectory(at: empty.url, withIntermediateDirectories: true)
        defer { empty.remove() }
        #expect(throws: ParameterError.missing(parameter: "care/revaluation")) {
            try ParameterLoader(fundDirectories: [empty.url], includingBundled: false).load()
        }
        let report = ParameterCheck(fundDirectories: [empty.url], includingBundled: false).run(today: CalendarDate(2026, 11, 1))
        #expect(report.problems.contains { $0.file.hasSuffix("care/revaluation.yaml") && $0.message == "is missing" })
    }
}
