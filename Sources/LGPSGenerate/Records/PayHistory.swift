/// Whole-time-equivalent salary of a post for each Scheme year: a starting salary for the job (deflated from
/// 2025/26 levels by about 3.5% a year), then each April a pay award of 2–4% and, now and then, a promotion of
/// 10–20%. Generator data only; amounts in pence.
struct PayHistory: Sendable {
    /// Scheme year (start year) of `salaries[0]`.
    let firstYear: Int
    /// Whole-time salary in pence for each Scheme year from `firstYear`.
    let salaries: [Int64]

    /// Per-mille deflator used to estimate a starting salary in earlier years.
    static let backwardGrowthPerMille: Int64 = 35

    /// Salaries from the Scheme year of `startYear` to `endYear`, keeping only years from `keepFrom`.
    static func draw(job: JobTitle, startYear: Int, endYear: Int, keepFrom: Int, rng: inout SplitMix64) -> PayHistory {
        var pounds = job.salary2025 * Int64(rng.int(88...115)) / 100
        var year = 2025
        while year > startYear {
            pounds = pounds * 1_000 / (1_000 + backwardGrowthPerMille)
            year -= 1
        }
        let first = max(startYear, keepFrom)
        var salaries: [Int64] = []
        salaries.reserveCapacity(max(0, endYear - first + 1))
        year = startYear
        while year <= endYear {
            if year >= first { salaries.append(pounds * 100) }
            var award = Int64(rng.int(20...40))
            if rng.chance(perMille: 60) { award += Int64(rng.int(100...200)) }
            pounds = pounds * (1_000 + award) / 1_000
            year += 1
        }
        return PayHistory(firstYear: first, salaries: salaries)
    }

    /// The whole-time salary in pence for the Scheme year starting in `year`.
    func salary(year: Int) -> Int64 { salaries[year - firstYear] }
}
