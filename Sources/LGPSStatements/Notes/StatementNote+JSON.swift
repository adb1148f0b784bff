import LGPSRules

extension StatementNote {
    /// The headings of `notes` as a JSON array of `{"letter", "title"}` objects (keys sorted, as `JSONEncoder` with
    /// `.sortedKeys` writes them), stored with the statement so staff see which notes applied. The paragraphs are
    /// left out: they are in the stored HTML (each note has the id `note-<letter>`), and keeping them twice made
    /// every stored statement a fifth bigger. Built directly, not with `JSONEncoder`: a bulk run writes one per
    /// statement. `JSONDecoder` reads it back as `[StatementNote]` with no paragraphs.
    public static func json(_ notes: [StatementNote]) -> String {
        var out = JSONBytes(capacity: 1_024)
        out.raw("[")
        for (index, note) in notes.enumerated() {
            out.raw(index == 0 ? "{\"letter\":" : ",{\"letter\":")
            out.string(note.letter)
            out.raw(",\"title\":")
            out.string(note.title)
            out.raw("}")
        }
        out.raw("]")
        return out.text
    }
}
