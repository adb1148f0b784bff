import LGPSRules

/// Everything the loader produced: the typed parameters the rules take, the tax figures `SchemeParameters` does
/// not carry, and the metadata of every series for checks and listings.
public struct LoadedParameters: Sendable {
    /// The typed parameters every rule takes.
    public var scheme: SchemeParameters
    /// The lump sum and death benefit allowance (£1,073,100 from 6 April 2024), `tax/lump_sum_and_death_benefit_allowance`.
    /// - Legislation: Finance Act 2004 s. 637R (inserted by Finance Act 2024 Sch. 9).
    public var lumpSumAndDeathBenefitAllowance: DatedSeries<Money>
    /// Every loaded series (and the bank holidays), sorted by path.
    public var series: [ParameterSeriesInfo]
}
