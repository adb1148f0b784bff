/// How sure we are of a parameter value, as `reference/lgps-rules.md` grades its sources.
public enum Verification: String, Sendable, Hashable, Codable, CaseIterable {
    /// Seen in a cited public source.
    case verified = "VERIFIED"
    /// Computed from verified rules or figures; the method is stated beside the value.
    case derived = "DERIVED"
    /// No source found yet: used so the engine can run, shown wherever it affects a result.
    case unverified = "UNVERIFIED"
}
