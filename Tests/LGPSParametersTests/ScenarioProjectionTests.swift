import Foundation
import Testing
import LGPSRules
@testable import LGPSParameters

/// The example scenario files run end to end through the projection engine and the member calculator, on the
/// shipped parameter files.
@Suite("Scenario projections end to end")
struct ScenarioProjectionTests {
    static let parameters = try! ParameterLoader().load().scheme

    static func project(_ name: String) throws -> ProjectionResult {
        let scenario = try ScenarioFile.parse(try ScenarioFileTests.text(name), path: name)
        return try ProjectionEngine(parameters: parameters).project(scenario)
    }

    @Test("The protected part-timer: 80ths, 60ths and CARE lines, underpin protection, payable at 67 without reduction")
    func protectedPartTimer() throws {
        let result = try Self.project("protected-part-timer.yaml")
        let estimate = result.estimate
        #expect(estimate.lines.map(\.kind).starts(with: [.pre2008, .from2008, .care]))
        #expect(estimate.lines[0].lumpSum == Money.rounding(estimate.lines[0].pension.exactly(times: Fraction(3)), .nearestPennyHalfUp)
                || abs(estimate.lines[0].lumpSum.pence - estimate.lines[0].pension.pence * 3) <= 3)
        #expect(estimate.underpin.isProtected)
        #expect(estimate.underpin.underpinDate == CalendarDate(2022, 3, 31) || estimate.underpin.underpinDate == CalendarDate(2027, 5, 14))
        #expect(estimate.payable.pension >= estimate.accruedPension - estimate.underpin.finalGuaranteeAmount)
        #expect(estimate.payable.maximumLumpSum > estimate.payable.lumpSum)
        #expect(result.years.first?.schemeYear == SchemeYear(startYear: 2014))
        #expect(result.years.contains { $0.fiftyFiftyPay > .zero })
        #expect(!estimate.steps.isEmpty && estimate.steps.allSatisfy { !$0.regulation.isEmpty })
        #expect(result.report.contains("McCloud underpin"))
    }

    @Test("The young joiner: CARE only, not protected (joined after March 2012), retiring at State Pension age 68 (UNVERIFIED rule)")
    func youngJoiner() throws {
        let result = try Self.project("young-joiner.yaml")
        let estimate = result.estimate
        #expect(estimate.lines.map(\.kind) == [.care])
        #expect(!estimate.underpin.isProtected)
        #expect(estimate.ages.normalPensionAge == CalendarDate(2058, 11, 2))
        #expect(estimate.payable.adjustment == "no reduction or increase")
        #expect(estimate.payable.pension == estimate.accruedPension)
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        #expect(json.contains("\"closingBalance\""))
    }

    @Test("Retiring five years early from the young joiner's scenario reduces the CARE pension by the 2023 table")
    func earlyRetirement() throws {
        var scenario = try ScenarioFile.parse(try ScenarioFileTests.text("young-joiner.yaml"), path: "y")
        scenario.assumptions.retirement = CalendarDate(2053, 11, 2)
        let estimate = try ProjectionEngine(parameters: Self.parameters).project(scenario).estimate
        let expected = Money.rounding(estimate.accruedPension.exactly(times: Fraction(791, 1000)), .nearestPennyHalfUp)
        #expect(estimate.payable.pension == expected)
        #expect(estimate.payable.adjustment.contains("reduced by 20.9%"))
    }

    @Test("Property: more pay never lowers the projected pension (1,000 scenarios)")
    func morePayNeverLowers() throws {
        let base = try ScenarioFile.parse(try ScenarioFileTests.text("young-joiner.yaml"), path: "y")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_000 {
            let pounds = Int64.random(in: 10_000...90_000, using: &generator)
            let rise = Int64.random(in: 1...5_000, using: &generator)
            func pension(_ pay: Int64) throws -> Money {
                var s = base
                s.member.wholeTimePay = [2016: Money(pounds: pay)]
                s.assumptions.wholeTimePay = Money(pounds: pay)
                s.assumptions.leaving = CalendarDate(2030, 3, 31)
                s.assumptions.inflation = InflationPath(actualThrough: CalendarDate(2026, 4, 6), assumed: Rate(.zero))
                return try ProjectionEngine(parameters: Self.parameters).project(s).estimate.accruedPension
            }
            #expect(try pension(pounds + rise) >= pension(pounds))
        }
    }
}
