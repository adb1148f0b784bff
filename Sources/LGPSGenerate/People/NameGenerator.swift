import LGPSRules

/// Names and titles: forenames (sometimes with a middle name) by sex, a surname, and a title consistent with
/// sex, age and relationship status.
enum NameGenerator {
    /// One or two forenames for `sex`.
    static func forenames(sex: Sex, rng: inout SplitMix64) -> String {
        let list = sex == .female ? Forenames.female : Forenames.male
        let first = rng.pick(list)
        guard rng.chance(perMille: 350) else { return first }
        let middle = rng.pick(list)
        return middle == first ? first : first + " " + middle
    }

    /// The first forename alone ("Mary-Jane" from "Mary-Jane Louise").
    static func firstForename(_ forenames: String) -> String {
        guard let space = forenames.firstIndex(of: " ") else { return forenames }
        return String(forenames[..<space])
    }

    /// A surname from the list.
    static func surname(rng: inout SplitMix64) -> String { rng.pick(Surnames.all) }

    /// `Mr`, `Mrs`, `Ms`, `Miss`, `Master`, `Dr` or `Revd`, consistent with sex, age and relationship.
    static func title(sex: Sex, age: Int, relationship: RelationshipStatus, rng: inout SplitMix64) -> String {
        if age < 16 { return sex == .male ? "Master" : "Miss" }
        let roll = rng.below(1_000)
        if age >= 26 && roll < 20 { return "Dr" }
        if age >= 30 && roll < 26 { return "Revd" }
        if sex == .male { return "Mr" }
        switch relationship {
        case .married, .widowed, .civilPartnership:
            return roll < 720 ? "Mrs" : "Ms"
        case .divorced:
            return roll < 450 ? "Mrs" : "Ms"
        case .single, .cohabiting:
            return age < 35 && roll < 550 ? "Miss" : "Ms"
        }
    }
}
