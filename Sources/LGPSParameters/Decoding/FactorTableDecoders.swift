import LGPSRules

/// Decodes the GAD early and late retirement factor tables, checking each is monotone (a later year never
/// carries a smaller factor) and reductions stay within 0–100%.
/// - Legislation: SI 2013/2356 reg. 30(5)–(6) (actuarial guidance issued by the Secretary of State).
enum FactorTableDecoders {
    static func earlyRetirement(_ node: NodeCursor) throws(ParameterProblem) -> EarlyRetirementTable {
        let pension = try monotone(node.field("pension_reduction"), maximum: Rate(Fraction(1)))
        let female = try node.optional("pension_reduction_female").map { cursor throws(ParameterProblem) in
            let rates = try monotone(cursor, maximum: Rate(Fraction(1)))
            guard rates.count == pension.count else { throw cursor.problem("must have as many years as pension_reduction") }
            return rates
        }
        let lumpSum = try monotone(node.field("lump_sum_reduction"), maximum: Rate(Fraction(1)))
        let methodNode = try node.field("part_year_method")
        guard let method = PartYearMethod(rawValue: try methodNode.text()) else {
            let known = PartYearMethod.allCases.map(\.rawValue).joined(separator: ", ")
            throw methodNode.problem("unknown part-year method (known: \(known))")
        }
        return EarlyRetirementTable(pensionReduction: pension, pensionReductionFemale: female,
                                    lumpSumReduction: lumpSum, partYearMethod: method)
    }

    static func lateRetirement(_ node: NodeCursor) throws(ParameterProblem) -> LateRetirementTable {
        LateRetirementTable(dailyIncrease: try monotone(node.field("daily_increase"), maximum: nil),
                            appliesToLumpSum: try node.field("applies_to_lump_sum").flag())
    }

    /// A non-empty list of rates that never falls, each at least zero and at most `maximum`.
    static func monotone(_ node: NodeCursor, maximum: Rate?) throws(ParameterProblem) -> [Rate] {
        let items = try node.items()
        guard !items.isEmpty else { throw node.problem("the table is empty") }
        var rates: [Rate] = []
        for item in items {
            let rate = try item.rate()
            if rate < Rate(Fraction.zero) || maximum.map({ $0 < rate }) == true {
                throw item.problem("\(rate) is outside the range a factor may take")
            }
            if let previous = rates.last, rate < previous {
                throw item.problem("the table must not fall: \(rate) after \(previous)")
            }
            rates.append(rate)
        }
        return rates
    }
}
