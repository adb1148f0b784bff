import Foundation
import Testing
import LGPSRules
@testable import LGPSParameters

@Suite("Parameter files")
struct ParameterFileTests {
    let yaml = """
    description: Fraction of pensionable pay credited as earned pension in a Scheme year (main section).
    values:
      2014-04-01: "1/49"
    reference:
      2014-04-01: { title: "SI 2013/2356 reg. 23(4)", href: "https://www.legislation.gov.uk/uksi/2013/2356/regulation/23" }
    last_value_still_valid_on: "2026-11-01"
    """

    @Test("A dated, cited value resolves on and after its date")
    func resolves() throws {
        let file = try ParameterFile.parse(yaml, name: "care/accrual_fraction")
        let entry = try file.series.entry(on: CalendarDate(2025, 4, 1))
        #expect(Fraction(entry.value) == Fraction(1, 49))
        #expect(entry.reference.title == "SI 2013/2356 reg. 23(4)")
        #expect(file.series.lastValueStillValidOn == CalendarDate(2026, 11, 1))
    }

    @Test("A date before the series begins is a typed error, not a guess")
    func notCovered() throws {
        let file = try ParameterFile.parse(yaml, name: "care/accrual_fraction")
        #expect(throws: ParameterError.notCovered(parameter: "care/accrual_fraction", date: CalendarDate(2014, 3, 31))) {
            try file.series.entry(on: CalendarDate(2014, 3, 31))
        }
    }

    @Test("A value without a reference is refused")
    func missingReference() {
        let bad = yaml.replacingOccurrences(of: "2014-04-01: { title", with: "2015-04-01: { title")
        #expect(throws: ParameterError.self) { try ParameterFile.parse(bad, name: "x") }
    }
}
