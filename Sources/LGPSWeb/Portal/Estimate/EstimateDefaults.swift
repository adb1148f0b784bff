import LGPSRules

/// The assumptions the estimate modeller starts from. They are not law and carry no legal force: they are shown
/// beside every estimate and a member can change them. The same figures as the example projections in
/// `scenarios/` (`docs/scenarios.md`), so the portal and `lgps project` start from one basis.
enum EstimateDefaults {
    /// Pay growth of 2.5% a year, compounded: the example projections' fixed rate.
    static let payGrowth = Rate(basisPoints: 250)
    /// CPI of 2% a year after the published orders: the Bank of England's inflation target, as the example
    /// projections assume.
    static let inflation = Rate(basisPoints: 200)
    /// Rates a member may enter, as a percentage a year: from nothing to 10%, beyond which an estimate over decades
    /// would mean little.
    static let allowedRates = Rate(.zero)...Rate(basisPoints: 1_000)
}
