/// The additional pension bought by APC and awarded by SCAPC, with the revaluation the pension account has given
/// it since: it is credited to the account, so each year it grows at the rate the account's balance did that
/// year (revaluation while active, revaluation adjustment, then pensions increase once deferred), the growth on
/// this part rounded to the nearest penny as the account's is. Takes the rows `rollPensionAccount` rebuilt, so the
/// rates are the ones the account used.
/// - Legislation: SI 2013/2356 reg. 16(1), (4) (APC and SCAPC additional pension credited to the pension
///   account), regs. 23–24 (the account revalued); LGA guide Part 2 Table 1, "Total APC purchased / awarded
///   (inc revaluation to 31/03/20xx)" [seed 001].
public func additionalPensionBalance(rolled: [CareYear]) -> Money {
    rolled.reduce(Money.zero) { balance, row in
        let growth = row.revaluationRate.map {
            Money.rounding(balance.exactly(times: $0.fraction), .nearestPennyHalfUp)
        } ?? .zero
        return balance + growth + row.additionalPensionContributions + row.sharedCostAdditionalPension
    }
}
