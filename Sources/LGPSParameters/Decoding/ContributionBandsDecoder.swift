import LGPSRules

/// Decodes one year's contribution table: `bands: [{up_to, rate}, …, {rate}]` and `fifty_fifty_share`.
/// Checks the table is complete: limits ascend, rates do not fall, and only the last band is open-ended.
/// - Legislation: SI 2013/2356 reg. 9 (table in reg. 9(2)) and reg. 10.
enum ContributionBandsDecoder {
    static func decode(_ node: NodeCursor) throws(ParameterProblem) -> ContributionBands {
        let items = try node.field("bands").items()
        guard !items.isEmpty else { throw node.problem("the table has no bands") }
        var bands: [ContributionBands.Band] = []
        for (index, item) in items.enumerated() {
            let limitNode = item.optional("up_to").flatMap { $0.isNull ? nil : $0 }
            let limit = try limitNode?.money()
            let band = ContributionBands.Band(upTo: limit, rate: try item.field("rate").rate())
            let isLast = index == items.count - 1
            if isLast != (limit == nil) {
                throw item.problem(isLast ? "the top band must have no up_to" : "only the top band may omit up_to")
            }
            if let previous = bands.last {
                if let limit, let before = previous.upTo, !(before < limit) {
                    throw item.problem("band limits must ascend: \(limit) is not above \(before)")
                }
                if band.rate < previous.rate { throw item.problem("band rates must not fall: \(band.rate) after \(previous.rate)") }
            }
            bands.append(band)
        }
        return ContributionBands(bands: bands, fiftyFiftyShare: try node.field("fifty_fifty_share").fraction())
    }
}
