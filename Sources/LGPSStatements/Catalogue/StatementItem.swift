/// One data item of an annual benefit statement extract, as the LGA guide lists it.
///
/// `name` is the guide's own wording ("20xx" kept as the guide writes it, so the heading does not change from
/// year to year). The guide repeats some names in several sections ("80ths service" appears under both sets of
/// supporting data), so the extract's column heading is `column`: the section title and the name.
/// - Source: LGA, Annual benefit statements guide (2025 onwards), Part 2 Table 1, Part 2A and Part 4 [seed 001].
public struct StatementItem: Sendable, Hashable {
    public let name: String
    public let section: StatementSection
    /// The extract's column heading: `Benefits at 31 March: Annual pension at 31 March 20xx` (kept, not
    /// rebuilt on each use: a bulk run reads every column of every row).
    public let column: String
    public var category: StatementCategory
    /// Shaded yellow: includes (or is based on figures including) any estimated final guarantee amount.
    public var includesFinalGuarantee: Bool
    /// Shaded grey: includes any estimated survivor guarantee amount.
    public var includesSurvivorGuarantee: Bool

    public init(_ name: String, _ section: StatementSection, _ category: StatementCategory,
                yellow: Bool = false, grey: Bool = false) {
        self.name = name
        self.section = section
        column = "\(section.title): \(name)"
        self.category = category
        includesFinalGuarantee = yellow
        includesSurvivorGuarantee = grey
    }
}

/// Whether a data item must, may, or is only there to distribute the statement (the guide's red, blue, green).
/// - Source: LGA annual benefit statements guide, Part 2 (key to Table 1) [seed 001].
public enum StatementCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// Red: must be included in an active member's statement.
    case compulsory
    /// Blue: the administering authority may choose to include it.
    case optional
    /// Green: needed to distribute or allocate the statement to the right member and record.
    case distribution
}
