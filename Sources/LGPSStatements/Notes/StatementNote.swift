/// One note that accompanies a statement: the guide's Part 3 letter, a heading and the paragraphs written for
/// this member. Plain text: the templates escape it.
/// - Source: LGA annual benefit statements guide, Part 3 (a)–(z) and Part 4 [seed 001].
public struct StatementNote: Sendable, Hashable, Codable {
    /// The guide's Part 3 letter, `a` to `z`.
    public var letter: String
    public var title: String
    public var paragraphs: [String]

    public init(letter: String, title: String, paragraphs: [String]) {
        self.letter = letter
        self.title = title
        self.paragraphs = paragraphs
    }

    private enum CodingKeys: String, CodingKey { case letter, title, paragraphs }

    /// Reads a note; a stored statement's notes have no paragraphs (see ``json(_:)``), so they default to none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        letter = try container.decode(String.self, forKey: .letter)
        title = try container.decode(String.self, forKey: .title)
        paragraphs = try container.decodeIfPresent([String].self, forKey: .paragraphs) ?? []
    }
}
