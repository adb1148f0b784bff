import LGPSRules

/// What a generated person is to the fund (decides their age, dates and records).
enum PersonKind: Sendable, CaseIterable {
    case active, deferred, pensioner, survivor, child, pensionCredit, undecidedLeaver, deferredRefund, councillor

    /// Shares of people, in basis points, in `allCases` order: about a quarter each of active, deferred,
    /// pensioner and dependant (survivors and children), plus a few percent of the rest.
    static let shares: [Int] = [2_450, 2_150, 2_450, 1_800, 750, 80, 130, 100, 90]

    /// Draws a kind by `shares`.
    static func draw(rng: inout SplitMix64) -> PersonKind {
        var roll = rng.below(10_000)
        for (index, share) in shares.enumerated() {
            if roll < share { return allCases[index] }
            roll -= share
        }
        return .active
    }

    /// Whether the person is a member in their own right who may hold a second post.
    var mayHoldSeveralPosts: Bool { self == .active || self == .deferred || self == .pensioner }

    /// Age brackets (lowest, highest, weight) at the as-at date.
    var ageBrackets: [(Int, Int, Int)] {
        switch self {
        case .active: return [(16, 17, 1), (18, 24, 10), (25, 34, 20), (35, 44, 23), (45, 54, 25), (55, 64, 18), (65, 75, 3)]
        case .deferred: return [(22, 34, 25), (35, 44, 25), (45, 54, 28), (55, 64, 20), (65, 74, 2)]
        case .pensioner:
            return [(55, 59, 5), (60, 64, 10), (65, 69, 20), (70, 74, 22), (75, 79, 18), (80, 84, 12), (85, 89, 8),
                    (90, 94, 4), (95, 100, 1)]
        case .survivor: return [(40, 54, 8), (55, 64, 12), (65, 74, 25), (75, 84, 32), (85, 100, 23)]
        case .child: return [(1, 22, 1)]
        // Under 75: a pension credit must be paid by 75, so an older holder would be a pensioner.
        case .pensionCredit: return [(35, 74, 1)]
        case .undecidedLeaver: return [(18, 60, 1)]
        case .deferredRefund: return [(20, 60, 1)]
        case .councillor: return [(30, 75, 1)]
        }
    }

    /// An age in completed years drawn from `ageBrackets`.
    func drawAge(rng: inout SplitMix64) -> Int {
        let brackets = ageBrackets
        var roll = rng.below(brackets.reduce(0) { $0 + $1.2 })
        for (low, high, weight) in brackets {
            if roll < weight { return rng.int(low...high) }
            roll -= weight
        }
        return brackets[0].0
    }
}
