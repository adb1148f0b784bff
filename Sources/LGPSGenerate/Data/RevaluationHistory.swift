import LGPSRules

/// Historic CARE revaluation applied to active members' pension accounts each April, used to build believable
/// CARE histories. **Generator data, not the rules engine's parameter**: the engine reads its dated, cited
/// series from `LGPSParameters`; this small copy only makes generated accounts look like real ones.
///
/// Source: `reference/lgps-rules.md` §1 (HM Treasury Public Service Pensions Revaluation Orders; e.g. SI 2016/438
/// for −0.1% in 2016, SI 2022/215 for 3.1% in 2022; WMS 25 Jan 2024 for 6.7%). The 2026 figure (3.8%) is
/// DERIVED there from the September 2025 CPI; the 2026 order itself had not been seen.
enum RevaluationHistory {
    /// First April with a revaluation (the first CARE year, 2014/15, had nothing to revalue).
    static let firstYear = 2015

    /// Rates in basis points for April 2015, 2016, ... 2026.
    static let basisPoints: [Int64] = [
        120,   // 2015: 1.2%
        -10,   // 2016: -0.1% (negative revaluation is applied to active accounts)
        100,   // 2017: 1.0%
        300,   // 2018: 3.0%
        240,   // 2019: 2.4%
        170,   // 2020: 1.7%
        50,    // 2021: 0.5%
        310,   // 2022: 3.1%
        1010,  // 2023: 10.1%
        670,   // 2024: 6.7%
        170,   // 2025: 1.7%
        380,   // 2026: 3.8% (DERIVED, order not seen)
    ]

    /// The last April the table covers.
    static var lastYear: Int { firstYear + basisPoints.count - 1 }

    static let rates: [Rate] = basisPoints.map { Rate(basisPoints: $0) }

    /// The revaluation applied in April of `year`; `nil` before 2015 (nothing to revalue) or after the table.
    static func rate(april year: Int) -> Rate? {
        let index = year - firstYear
        return rates.indices.contains(index) ? rates[index] : nil
    }
}
