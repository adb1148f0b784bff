import Foundation
import Testing
import LGPSRules
@testable import LGPSParameters

@Suite("Scenario files")
struct ScenarioFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("scenarios/\(name)"), encoding: .utf8)
    }

    @Test("The example scenarios in the repository parse", arguments: ["protected-part-timer.yaml", "young-joiner.yaml"])
    func examplesParse(name: String) throws {
        let scenario = try ScenarioFile.parse(try Self.text(name), path: name)
        #expect(!scenario.name.isEmpty)
        #expect(scenario.assumptions.retirement > scenario.assumptions.asAt)
    }

    @Test("The part-timer's described record has 80ths, 60ths, CARE years split by section and final pay")
    func describedRecord() throws {
        let scenario = try ScenarioFile.parse(try Self.text("protected-part-timer.yaml"), path: "p")
        let record = scenario.member.memberRecord(asAt: scenario.assumptions.asAt)
        #expect(record.service.first?.tranche == .pre2008Eightieths)
        #expect(record.service.last?.to == CalendarDate(2014, 3, 31))
        #expect(record.service.contains { $0.tranche == .from2008Sixtieths && $0.isPartTime })
        let year2019 = try #require(record.careYears.first { $0.schemeYear.startYear == 2019 })
        #expect(year2019.mainPay == .zero && year2019.fiftyFiftyPay > .zero)
        #expect(record.finalPay.count == 3)
        #expect(record.mcCloudFacts.isEmpty)
        #expect(scenario.assumptions.partTimeShare < .one)
    }

    @Test("A wrong field is reported with its path and changes nothing")
    func badField() throws {
        let bad = try Self.text("young-joiner.yaml").replacingOccurrences(of: "contractual: 37", with: "contractual: lots")
        #expect {
            try ScenarioFile.parse(bad, path: "bad.yaml")
        } throws: { error in
            "\(error)".contains("bad.yaml: member.hours[0].contractual must be a positive number")
        }
    }

    @Test("A YAML syntax error names the file and the line")
    func syntaxError() {
        #expect {
            try ScenarioFile.parse("name: [unclosed\nmember: {", path: "broken.yaml")
        } throws: { error in
            "\(error)".hasPrefix("broken.yaml: ") && "\(error)".contains("line")
        }
    }
}
