import LGPSRules

/// Main-section employee contribution bands by Scheme year, used to give generated CARE years believable member
/// contributions. **Generator data, not the rules engine's parameter.** The 50/50 section pays half the rate.
///
/// Source: `reference/lgps-rules.md` §2 (SI 2013/2356 reg. 9 and 10; band limits as published by the LGA and
/// funds each April, uprated by PI and rounded down to £100; 2016/17 DERIVED as unchanged because PI 2016 was 0%).
enum ContributionBandHistory {
    /// First Scheme year covered (2014/15).
    static let firstYear = 2014

    /// Rates of bands 1–9, basis points (5.5% ... 12.5%), unchanged since 2014.
    static let rateBasisPoints: [Int64] = [550, 580, 650, 680, 850, 990, 1050, 1140, 1250]

    /// Upper limits of bands 1–8 in whole pounds, one row per Scheme year from 2014/15 to 2026/27.
    static let upperLimits: [[Int64]] = [
        [13_500, 21_000, 34_000, 43_000, 60_000, 85_000, 100_000, 150_000],  // 2014/15
        [13_600, 21_200, 34_400, 43_500, 60_700, 86_000, 101_200, 151_800],  // 2015/16
        [13_600, 21_200, 34_400, 43_500, 60_700, 86_000, 101_200, 151_800],  // 2016/17 (DERIVED)
        [13_700, 21_400, 34_700, 43_900, 61_300, 86_800, 102_200, 153_300],  // 2017/18
        [14_100, 22_000, 35_700, 45_200, 63_100, 89_400, 105_200, 157_800],  // 2018/19
        [14_400, 22_500, 36_500, 46_200, 64_600, 91_500, 107_700, 161_500],  // 2019/20
        [14_600, 22_800, 37_100, 46_900, 65_600, 93_000, 109_500, 164_200],  // 2020/21
        [14_600, 22_900, 37_200, 47_100, 65_900, 93_400, 110_000, 165_000],  // 2021/22
        [15_000, 23_600, 38_300, 48_500, 67_900, 96_200, 113_400, 170_100],  // 2022/23
        [16_500, 25_900, 42_100, 53_300, 74_700, 105_900, 124_800, 187_200], // 2023/24
        [17_600, 27_600, 44_900, 56_800, 79_700, 112_900, 133_100, 199_700], // 2024/25
        [17_800, 28_000, 45_600, 57_700, 81_000, 114_800, 135_300, 203_000], // 2025/26
        [18_400, 29_000, 47_300, 59_800, 84_000, 119_100, 140_400, 210_700], // 2026/27
    ]

    static let rates: [Rate] = rateBasisPoints.map { Rate(basisPoints: $0) }

    /// The last Scheme year covered (its start year).
    static var lastYear: Int { firstYear + upperLimits.count - 1 }

    /// The main-section rate for pensionable pay of `annualPay` (pence a year) in the Scheme year starting in
    /// `startYear` (clamped to the table: generator data only).
    static func mainRate(annualPayPence: Int64, startYear: Int) -> Rate {
        let row = upperLimits[min(max(startYear - firstYear, 0), upperLimits.count - 1)]
        var band = 0
        while band < row.count && annualPayPence > row[band] * 100 { band += 1 }
        return rates[band]
    }
}
