import LGPSRules

/// What every person in a run shares: the seed, the as-at date, the fund and its employers (with their stored
/// ids, in catalogue order).
struct GenerationContext: Sendable {
    let seed: UInt64
    /// The as-at date as a day number.
    let asAt: Int
    let county: String
    let fundID: Int64
    let catalogue: EmployerCatalogue
    let employerIDs: [Int64]
}
