import LGPSRules

/// The generated fund's employers (without database ids) and how members are spread among them: a pure function
/// of the seed, the number of members, the county name and the as-at date.
struct EmployerCatalogue: Sendable {
    /// Employers in creation order, `id` 0 until stored.
    let drafts: [Employer]
    /// Job and working-pattern class of each employer.
    let classes: [EmployerKindClass]
    /// Running totals of the employers' weights, for choosing an employer in proportion to its size.
    let cumulativeWeights: [UInt64]

    /// Roughly one employer per this many members (and at least `minimumCount`).
    static let membersPerEmployer = 300
    static let minimumCount = 3
    /// Salt for the catalogue's random stream (people use indices from zero with no salt).
    static let salt: UInt64 = 0xE3

    init(seed: UInt64, members: Int, county: String, asAt: CalendarDate) {
        let count = max(EmployerCatalogue.minimumCount, members / EmployerCatalogue.membersPerEmployer)
        var rng = SplitMix64.stream(seed: seed, index: 0, salt: EmployerCatalogue.salt)
        var namer = EmployerNamer(county: county)
        var drafts: [Employer] = []
        var classes: [EmployerKindClass] = []
        var weights: [UInt64] = []
        drafts.reserveCapacity(count)
        for index in 0..<count {
            let kind = EmployerCatalogue.kind(index: index, rng: &rng)
            let joined = EmployerCatalogue.joined(kind: kind, index: index, asAt: asAt, rng: &rng)
            let name = namer.name(for: kind, index: index, rng: &rng)
            let rates = EmployerRateSchedule.rates(joined: joined, asAt: asAt, rng: &rng)
            drafts.append(Employer(id: 0, fundID: 0, code: EmployerCatalogue.code(kind: kind, index: index),
                                   name: name, kind: kind, rates: rates))
            classes.append(EmployerCatalogue.kindClass(kind))
            weights.append(EmployerCatalogue.weight(kind: kind, index: index, rng: &rng))
        }
        // The principal council employs about a third of the fund.
        let others = weights.dropFirst().reduce(0, +)
        weights[0] = max(others / 2, 1)
        var running: UInt64 = 0
        cumulativeWeights = weights.map { running += $0; return running }
        self.drafts = drafts
        self.classes = classes
    }

    /// The employer index for a uniformly random 64-bit draw, in proportion to the weights.
    func employerIndex(rng: inout SplitMix64) -> Int {
        let total = cumulativeWeights[cumulativeWeights.count - 1]
        let target = rng.next().multipliedFullWidth(by: total).high
        var low = 0
        var high = cumulativeWeights.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulativeWeights[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    static func kind(index: Int, rng: inout SplitMix64) -> EmployerKind {
        let fixed: [EmployerKind] = [.council, .academy, .admissionBody, .council, .otherSchemeEmployer, .designatingBody]
        if index < fixed.count { return fixed[index] }
        let roll = rng.below(100)
        switch roll {
        case ..<3: return .council
        case ..<52: return .academy
        case ..<60: return .otherSchemeEmployer
        case ..<74: return .designatingBody
        default: return .admissionBody
        }
    }

    static func joined(kind: EmployerKind, index: Int, asAt: CalendarDate, rng: inout SplitMix64) -> CalendarDate {
        let earliest: CalendarDate
        switch kind {
        case .council, .otherSchemeEmployer, .designatingBody: earliest = CalendarDate(1974, 4, 1)
        case .academy: earliest = CalendarDate(2011, 4, 1).adding(days: rng.below(3_300))
        case .admissionBody: earliest = CalendarDate(2004, 4, 1).adding(days: rng.below(6_500))
        }
        return min(earliest, asAt.adding(days: -365))
    }

    static func weight(kind: EmployerKind, index: Int, rng: inout SplitMix64) -> UInt64 {
        switch kind {
        case .council: return UInt64(rng.int(40...90))
        case .academy: return UInt64(rng.int(3...14))
        case .otherSchemeEmployer: return UInt64(rng.int(10...40))
        case .designatingBody: return UInt64(rng.int(1...2))
        case .admissionBody: return UInt64(rng.int(1...8))
        }
    }

    static func kindClass(_ kind: EmployerKind) -> EmployerKindClass {
        switch kind {
        case .council: return .council
        case .academy: return .school
        case .otherSchemeEmployer, .designatingBody: return .otherBody
        case .admissionBody: return .contractor
        }
    }

    /// `C0001`, `A0002`, ...: a kind letter and the employer's position, unique within the fund.
    static func code(kind: EmployerKind, index: Int) -> String {
        let letter: String
        switch kind {
        case .council: letter = "C"
        case .academy: letter = "A"
        case .otherSchemeEmployer: letter = "S"
        case .designatingBody: letter = "D"
        case .admissionBody: letter = "B"
        }
        return letter + Digits.padded(index + 1, width: 4)
    }
}
