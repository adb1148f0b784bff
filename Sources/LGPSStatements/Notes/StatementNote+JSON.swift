import LGPSRules

extension StatementNote {
    /// `notes` as a JSON array of `{"letter", "paragraphs", "title"}` objects (keys sorted, as `JSONEncoder` with
    /// `.sortedKeys` writes them), built directly: a bulk run writes one per statement, and the encoder took a
    /// twelfth of the run's time. `JSONDecoder` reads it back as `[StatementNote]`.
    public static func json(_ notes: [StatementNote]) -> String {
        var out = "["
        for (index, note) in notes.enumerated() {
            out += index == 0 ? "{\"letter\":" : ",{\"letter\":"
            JSONString.append(note.letter, to: &out)
            out += ",\"paragraphs\":["
            for (number, paragraph) in note.paragraphs.enumerated() {
                if number > 0 { out += "," }
                JSONString.append(paragraph, to: &out)
            }
            out += "],\"title\":"
            JSONString.append(note.title, to: &out)
            out += "}"
        }
        return out + "]"
    }
}
