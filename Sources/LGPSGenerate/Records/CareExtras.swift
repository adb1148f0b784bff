/// Occasional additions to a CARE account, in pence of annual pension, by Scheme year (start year): a transfer
/// in, APC bought over several years, SCAPC to buy back pension lost in an unpaid break, and ARC from a pre-2014
/// contract.
struct CareExtras: Sendable {
    var transferYear: Int?
    var transferPence: Int64 = 0
    var apcFrom: Int?
    var apcPence: Int64 = 0
    var scapcYear: Int?
    var scapcPence: Int64 = 0
    var arcUntil: Int?
    var arcPence: Int64 = 0
    /// Percent of a year's pay that is assumed pensionable pay (sickness or child-related leave), by year.
    var appYear: Int?
    var appPercent: Int64 = 0

    /// Draws the extras for an account with Scheme years `firstYear...lastYear`.
    static func draw(firstYear: Int, lastYear: Int, startedBefore2014: Bool, breakYears: [Int],
                     rng: inout SplitMix64) -> CareExtras {
        var extras = CareExtras()
        if rng.chance(perMille: 25) {
            extras.transferYear = rng.int(firstYear...lastYear)
            extras.transferPence = Int64(rng.int(150...4_000)) * 100
        }
        if rng.chance(perMille: 20) {
            extras.apcFrom = rng.int(firstYear...lastYear)
            extras.apcPence = Int64(rng.int(5_000...90_000))
        }
        if let year = breakYears.first, year < lastYear, rng.chance(perMille: 400) {
            extras.scapcYear = year + 1
            extras.scapcPence = Int64(rng.int(2_000...40_000))
        }
        if startedBefore2014 && rng.chance(perMille: 15) {
            extras.arcUntil = rng.int(firstYear...lastYear)
            extras.arcPence = Int64(rng.int(5_000...30_000))
        }
        if rng.chance(perMille: 120) {
            extras.appYear = rng.int(firstYear...lastYear)
            extras.appPercent = Int64(rng.int(5...30))
        }
        return extras
    }
}
