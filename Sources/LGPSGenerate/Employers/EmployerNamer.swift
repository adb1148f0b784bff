import LGPSRules

/// Invents a plausible, unique employer name for each kind ("Brackenford Borough Council",
/// "St Aidan's Academy Trust", "Greenway Leisure Ltd", "Kelsworth Town Council").
struct EmployerNamer {
    /// The fund's county ("Northshire"), used for the principal council and county-wide bodies.
    let county: String
    private var used: Set<String> = []

    init(county: String) { self.county = county }

    /// A name not given before by this namer.
    mutating func name(for kind: EmployerKind, index: Int, rng: inout SplitMix64) -> String {
        if index == 0 { return remember(county + " County Council") }
        for _ in 0..<12 {
            let candidate = draw(kind, rng: &rng)
            if !used.contains(candidate) { return remember(candidate) }
        }
        return remember(draw(kind, rng: &rng) + " (" + String(index) + ")")
    }

    private mutating func remember(_ name: String) -> String {
        used.insert(name)
        return name
    }

    private func draw(_ kind: EmployerKind, rng: inout SplitMix64) -> String {
        let parts = EmployerNameParts.self
        let town = rng.pick(Places.towns)
        switch kind {
        case .council:
            return town + " " + rng.pick(parts.councilKinds)
        case .academy:
            switch rng.below(3) {
            case 0: return "St " + rng.pick(parts.saints) + "'s " + rng.pick(parts.trustKinds)
            case 1: return town + " " + rng.pick(parts.schoolKinds)
            default: return rng.pick(parts.brands) + " " + rng.pick(parts.trustKinds)
            }
        case .otherSchemeEmployer:
            switch rng.below(4) {
            case 0: return county + " Fire and Rescue Authority"
            case 1: return "Police and Crime Commissioner for " + county
            default: return town + " " + rng.pick(parts.otherBodies)
            }
        case .designatingBody:
            return town + (rng.below(2) == 0 ? " Town Council" : " Parish Council")
        case .admissionBody:
            if rng.below(3) == 0 { return town + " " + rng.pick(parts.charityKinds) }
            let stem = rng.below(3) == 0 ? rng.pick(Surnames.all) : rng.pick(parts.brands)
            return stem + " " + rng.pick(parts.contractorKinds)
        }
    }
}
