import Testing
import LGPSRules
@testable import LGPSStatements

/// The engine's annual allowance history (Finance Act 2004 ss. 234–237; PTM053301): the rights at the 31 March
/// before the tax year and the 31 March before it ends (pay is recorded by Scheme year), valued by the pension
/// input amount rule. Uses the statement fixtures' member.
@Suite("Pension input amount from a record")
struct PensionInputTests {
    let calculator = MemberCalculator(parameters: Fixtures.parameters)

    func builtUp(_ member: MemberRecord, on date: CalendarDate) throws -> (Money, Money) {
        let estimate = try calculator.estimate(member, facts: Fixtures.facts(), calculationDate: date,
                                               retirementDate: nil, accruedOnly: true)
        let lines = estimate.lines.filter { $0.kind != .finalGuaranteeAmount }
        return (lines.reduce(.zero) { $0 + $1.pension }, lines.reduce(.zero) { $0 + $1.lumpSum })
    }

    @Test("2024-25: opening rights at 31 March 2024 and closing at 31 March 2025, without the final guarantee amount")
    func activeMember() throws {
        let member = Fixtures.member()
        let year = TaxYear(startYear: 2024)
        let figures = try #require(try calculator.pensionInput(member, facts: Fixtures.facts(), taxYear: year))
        let opening = try builtUp(member, on: CalendarDate(2024, 3, 31))
        let closing = try builtUp(member, on: CalendarDate(2025, 3, 31))
        #expect(figures.openingPension == opening.0)
        #expect(figures.openingLumpSum == opening.1)
        #expect(figures.closingPension == closing.0)
        #expect(figures.closingLumpSum == closing.1)
        // The fixture member is protected with a final guarantee amount at 31 March: it is not counted.
        let withUnderpin = try calculator.estimate(member, facts: Fixtures.facts(), calculationDate: CalendarDate(2025, 3, 31),
                                                   retirementDate: nil, accruedOnly: true)
        #expect(withUnderpin.accruedPension > figures.closingPension || withUnderpin.underpin.finalGuaranteeAmount == .zero)
        let expected = try pensionInputAmount(
            PensionInputAmountInput(taxYear: year, openingPension: opening.0, openingLumpSum: opening.1,
                                    closingPension: closing.0, closingLumpSum: closing.1),
            parameters: Fixtures.parameters).value
        #expect(figures.pensionInputAmount == expected)
        #expect(figures.cpi == Rate(percent: "6.7"))
        #expect(figures.standardAllowance == Money(pounds: 60_000))
        // £60,000 pay builds up £1,224.49 a year in the CARE account: worth about 16 times that, well under the allowance.
        #expect(figures.pensionInputAmount > Money(pounds: 10_000) && figures.pensionInputAmount < Money(pounds: 30_000), "\(figures)")
        #expect(!figures.exceedsStandardAllowance)
    }

    @Test("A record that left before the tax year, or holds no membership of its own, has no pension input amount")
    func notApplicable() throws {
        let left = Fixtures.member(status: [StatusPeriod(status: .active, from: Fixtures.joined, to: CalendarDate(2023, 3, 31)),
                                            StatusPeriod(status: .deferred, from: CalendarDate(2023, 4, 1), to: nil)])
        #expect(try calculator.pensionInput(left, facts: Fixtures.facts(), taxYear: TaxYear(startYear: 2024)) == nil)
        #expect(try calculator.pensionInput(left, facts: Fixtures.facts(), taxYear: TaxYear(startYear: 2022)) != nil)
        let credit = Fixtures.member(status: [StatusPeriod(status: .pensionCredit, from: Fixtures.joined, to: nil)])
        #expect(try calculator.pensionInput(credit, facts: Fixtures.facts(), taxYear: TaxYear(startYear: 2022)) == nil)
    }

    @Test("Someone who joins during the tax year starts from nothing")
    func joinerInYear() throws {
        var member = Fixtures.member()
        member.record.pensionableStart = CalendarDate(2024, 6, 1)
        member.record.statusHistory = [StatusPeriod(status: .active, from: CalendarDate(2024, 6, 1), to: nil)]
        member.service = []
        member.finalPay = []
        member.careYears = Fixtures.careYears(from: 2024, through: 2024)
        let figures = try #require(try calculator.pensionInput(member, facts: Fixtures.facts(),
                                                               taxYear: TaxYear(startYear: 2024)))
        #expect(figures.openingPension == .zero && figures.openingLumpSum == .zero)
        let closing = try builtUp(member, on: CalendarDate(2025, 3, 31))
        #expect(figures.closingPension == closing.0 && closing.0 > .zero)
        #expect(figures.pensionInputAmount == Money.rounding(closing.0.exactly(times: Fraction(16)), .nearestPennyHalfUp))
    }
}
