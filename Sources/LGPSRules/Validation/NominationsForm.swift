/// Most beneficiaries the staff nomination form offers.
public let maximumNominationRows = 5

/// One row of the death grant nomination form, as typed.
public struct NominationRow: Hashable, Sendable {
    /// Beneficiary's full name.
    public var name: String
    /// Relationship to the member ("Son", "Friend").
    public var relationship: String
    /// Share as a percentage, e.g. `50` or `33.33`.
    public var share: String

    /// Creates a row from raw form text.
    public init(name: String = "", relationship: String = "", share: String = "") {
        self.name = name
        self.relationship = relationship
        self.share = share
    }

    /// Whether every box in the row is blank (blank rows are ignored).
    public var isBlank: Bool {
        name.trimmingWhitespace().isEmpty && relationship.trimmingWhitespace().isEmpty
            && share.trimmingWhitespace().isEmpty
    }
}
