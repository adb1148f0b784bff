/// One section of the statement as its template shows it: an anchor, a heading, paragraphs and tables.
struct StatementSectionView: Sendable, Hashable {
    /// The heading's id (the contents list links to it).
    var sectionID: String
    var heading: String
    var paragraphs: [String]
    var tables: [StatementTable]

    init(_ sectionID: String, heading: String, paragraphs: [String] = [], tables: [StatementTable?]) {
        self.sectionID = sectionID
        self.heading = heading
        self.paragraphs = paragraphs
        self.tables = tables.compactMap { $0 }
    }

    /// The section, or `nil` when it has no tables (nothing to show).
    var nonEmpty: StatementSectionView? { tables.isEmpty ? nil : self }
}
