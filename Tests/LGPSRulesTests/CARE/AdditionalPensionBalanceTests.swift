import Testing
import LGPSRules

private typealias F = RulesAFixture

/// A Scheme year with no pay, `apc` of APC additional pension and `scapc` of SCAPC.
private func year(_ start: Int, apc: Int64 = 0, scapc: Int64 = 0) -> CareYear {
    CareYear(schemeYear: SchemeYear(startYear: start), mainPay: .zero, fiftyFiftyPay: .zero,
             assumedPensionablePay: .zero, earnedPension: .zero, openingBalance: .zero, revaluation: .zero,
             revaluationRate: nil, transfersIn: .zero, additionalPensionContributions: Money(pence: apc),
             sharedCostAdditionalPension: Money(pence: scapc), additionalRegularContributions: .zero,
             closingBalance: .zero, employeeContributions: .zero, employerContributions: .zero)
}

/// The APC part of the pension account grows at the account's rates (SI 2013/2356 regs. 16, 23–24).
@Suite("APC additional pension with its revaluation")
struct AdditionalPensionBalanceTests {
    @Test("Active: £100 APC in 2022/23, £20 SCAPC in 2023/24; revalued 10.1% on 6 April 2023 and 6.7% on 6 April 2024")
    func active() throws {
        let rolled = try rollPensionAccount(years: [year(2022, apc: 10_000), year(2023, scapc: 2_000), year(2024)],
                                            leftOn: nil, to: F.d(2025, 3, 31), parameters: F.p)
        // £100 × 10.1% = £10.10 → £110.10 + £20 = £130.10; × 6.7% = £8.7167 → £8.72: £138.82.
        #expect(additionalPensionBalance(rolled: rolled.value) == Money(pence: 13_882))
    }

    @Test("Deferred: after the revaluation adjustment, pensions increase applies to the APC part too")
    func deferred() throws {
        let years = [year(2022, apc: 10_000), year(2023), year(2024)]
        let rolled = try rollPensionAccount(years: years, leftOn: F.d(2022, 9, 30), to: F.d(2025, 3, 31),
                                            parameters: F.p).value
        // Each year's growth on the APC part is its balance × the rate the account used that year, to the penny.
        var expected = Money.zero
        for row in rolled {
            let rate = row.revaluationRate?.fraction
            expected = expected + (rate.map { Money.rounding(expected.exactly(times: $0), .nearestPennyHalfUp) } ?? .zero)
                + row.additionalPensionContributions
        }
        #expect(rolled.last?.revaluationRate != nil && rolled[1].revaluationRate != nil)
        #expect(additionalPensionBalance(rolled: rolled) == expected && expected > Money(pence: 10_000))
    }

    @Test("No APC or SCAPC: nothing")
    func none() throws {
        let rolled = try rollPensionAccount(years: [year(2023), year(2024)], leftOn: nil, to: F.d(2025, 3, 31),
                                            parameters: F.p)
        #expect(additionalPensionBalance(rolled: rolled.value) == .zero)
    }
}
