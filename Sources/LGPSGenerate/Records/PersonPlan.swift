/// The first decisions about a person, drawn before anything else from their own random stream, so the number
/// of records in a batch is known (for reserving ids) before the batch is generated.
struct PersonPlan: Sendable {
    /// How a second post relates to the first.
    enum SecondPost: Sendable { case concurrent, aggregated, keptSeparate }

    let kind: PersonKind
    let secondPost: SecondPost?

    /// Chance, in basis points, that a member who may hold several posts has two: about 8% of all people.
    static let secondPostBasisPoints = 1_110

    var recordCount: Int { secondPost == nil ? 1 : 2 }

    /// Draws the plan; the caller continues with the same generator.
    static func draw(rng: inout SplitMix64) -> PersonPlan {
        let kind = PersonKind.draw(rng: &rng)
        let roll = rng.below(10_000)
        let subRoll = rng.below(100)
        guard kind.mayHoldSeveralPosts, roll < secondPostBasisPoints else { return PersonPlan(kind: kind, secondPost: nil) }
        let second: SecondPost = subRoll < 45 ? .concurrent : subRoll < 80 ? .aggregated : .keptSeparate
        return PersonPlan(kind: kind, secondPost: second)
    }
}
