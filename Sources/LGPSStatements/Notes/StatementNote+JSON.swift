import LGPSRules

extension StatementNote {
    /// `notes` as a JSON array of `{"letter", "paragraphs", "title"}` objects (keys sorted, as `JSONEncoder` with
    /// `.sortedKeys` writes them), built directly: a bulk run writes one per statement, and the encoder took a
    /// twelfth of the run's time. `JSONDecoder` reads it back as `[StatementNote]`.
    public static func json(_ notes: [StatementNote]) -> String {
        var out = JSONBytes(capacity: 8_192)
        out.raw("[")
        for (index, note) in notes.enumerated() {
            out.raw(index == 0 ? "{\"letter\":" : ",{\"letter\":")
            out.string(note.letter)
            out.raw(",\"paragraphs\":[")
            for (number, paragraph) in note.paragraphs.enumerated() {
                if number > 0 { out.raw(",") }
                out.string(paragraph)
            }
            out.raw("],\"title\":")
            out.string(note.title)
            out.raw("}")
        }
        out.raw("]")
        return out.text
    }
}
