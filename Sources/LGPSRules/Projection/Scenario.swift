/// A projection scenario: a described member and the assumptions to project them with (`lgps project FILE`).
/// The file format is documented in `docs/scenarios.md`, with examples in `scenarios/`.
public struct Scenario: Sendable, Hashable {
    public var name: String
    public var member: DescribedMember
    public var assumptions: ProjectionAssumptions

    public init(name: String, member: DescribedMember, assumptions: ProjectionAssumptions) {
        self.name = name
        self.member = member
        self.assumptions = assumptions
    }
}
