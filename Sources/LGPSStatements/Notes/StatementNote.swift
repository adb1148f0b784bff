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
}
