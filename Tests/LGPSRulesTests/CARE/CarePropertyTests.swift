import Testing
import PropertyBased
import LGPSRules

private typealias F = RulesAFixture

private func careYear(_ start: Int, pay: Int64, fiftyFifty: Bool) -> CareYear {
    CareYear(schemeYear: SchemeYear(startYear: start), mainPay: Money(pence: fiftyFifty ? 0 : pay),
             fiftyFiftyPay: Money(pence: fiftyFifty ? pay : 0), assumedPensionablePay: .zero, earnedPension: .zero,
             openingBalance: .zero, revaluation: .zero, revaluationRate: nil, transfersIn: .zero,
             additionalPensionContributions: .zero, sharedCostAdditionalPension: .zero,
             additionalRegularContributions: .zero, closingBalance: .zero, employeeContributions: .zero,
             employerContributions: .zero)
}

@Test("Property: more pay never lowers earned pension (SI 2013/2356 reg. 23)")
func morePayMorePension() async {
    await propertyCheck(count: 1000, input: Gen.int64(in: 0...50_000_000), Gen.int64(in: 0...5_000_000), Gen.bool()) { pay, extra, half in
        let year = SchemeYear(startYear: 2024)
        let low = try earnedPension(mainPay: Money(pence: half ? 0 : pay), fiftyFiftyPay: Money(pence: half ? pay : 0),
                                    in: year, accrual: F.p.accrual)
        let high = try earnedPension(mainPay: Money(pence: half ? 0 : pay + extra),
                                     fiftyFiftyPay: Money(pence: half ? pay + extra : 0), in: year, accrual: F.p.accrual)
        #expect(low.value <= high.value)
        #expect(high.sumOfAddends == high.value)
    }
}

@Test("Property: 50/50 accrual is exactly half of main before rounding and within 1p after (SI 2013/2356 reg. 23(5))")
func fiftyFiftyIsHalf() async {
    await propertyCheck(count: 1000, input: Gen.int64(in: 0...50_000_000)) { pay in
        let fractions = try F.p.accrual.value(on: F.d(2024, 4, 1))
        let money = Money(pence: pay)
        #expect(money.exactly(times: fractions.careFiftyFifty) * Fraction(2) == money.exactly(times: fractions.careMain))
        let year = SchemeYear(startYear: 2024)
        let main = try earnedPension(mainPay: money, fiftyFiftyPay: .zero, in: year, accrual: F.p.accrual).value
        let half = try earnedPension(mainPay: .zero, fiftyFiftyPay: money, in: year, accrual: F.p.accrual).value
        let gap = half.exact * Fraction(2) - main.exact
        #expect(gap <= Fraction(2) && gap >= Fraction(-2))   // |half − main/2| ≤ 1p
    }
}

@Test("Property: an active account never falls through revaluation except in a year whose order is negative")
func activeAccountsRevalueUp() async {
    await propertyCheck(count: 1000, input: Gen.int64(in: 0...10_000_000).array(of: 12), Gen.bool()) { pays, half in
        let years = pays.enumerated().map { careYear(2014 + $0.offset, pay: $0.element, fiftyFifty: half) }
        let roll = try rollPensionAccount(years: years, leftOn: nil, to: F.d(2026, 3, 31), parameters: F.p)
        for row in roll.value where row.revaluationRate.map({ $0.fraction >= .zero }) ?? true {
            #expect(row.revaluation >= .zero)
        }
        let balance = try pensionAccountBalance(years: years, leftOn: nil, to: F.d(2026, 3, 31), parameters: F.p)
        #expect(balance.sumOfAddends == balance.value)
    }
}

@Test("Property: a deferred or pensioner amount never falls through pensions increase")
func increasesNeverNegative() async {
    await propertyCheck(count: 1000, input: Gen.int64(in: 0...10_000_000), Gen.int(in: 0...4_300), Gen.int(in: 0...4_300)) { pension, start, length in
        let started = F.d(2014, 4, 1).adding(days: start)
        let result = increaseForPensions(pension: Money(pence: pension), startedOn: started, to: started.adding(days: length),
                                         pensionsIncrease: F.p.pensionsIncrease)
        #expect(result.value >= Money(pence: pension))
        #expect(result.sumOfAddends == result.value)
        let leftYear = 2014 + start % 6
        let years = (2014...leftYear).map { careYear($0, pay: pension, fiftyFifty: false) }
        let roll = try rollPensionAccount(years: years, leftOn: SchemeYear(startYear: leftYear).end, to: F.d(2026, 12, 31),
                                          parameters: F.p)
        for row in roll.value where row.schemeYear.startYear > leftYear + 1 { #expect(row.revaluation >= .zero) }
    }
}

@Test("Property: revaluation is the balance plus the rounded adjustment, and its addends sum to it")
func revaluationAddends() async {
    await propertyCheck(count: 1000, input: Gen.int64(in: 0...10_000_000), Gen.int(in: 2015...2026)) { balance, year in
        let date = try revaluationEntry(in: SchemeYear(startYear: year), revaluation: F.p.careRevaluation).effective
        let result = try revalue(balance: Money(pence: balance), onRevaluationDate: date, revaluation: F.p.careRevaluation)
        #expect(result.sumOfAddends == result.value)
    }
}
