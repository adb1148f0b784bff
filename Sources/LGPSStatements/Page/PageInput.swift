import LGPSRules

/// What the page builders read: the member, their statement row, the fund's settings, the year and the notes
/// that apply (so sections can point to them).
struct PageInput: Sendable {
    let subject: StatementSubject
    let row: ExtractRow
    let settings: StatementSettings
    let year: SchemeYear
    let notes: [StatementNote]

    /// `31 March 2025`.
    var statementDay: String { StatementFormat.date(year.end) }

    /// "See notes (d), (e) and (l)." for the letters among `letters` whose notes apply, or `nil` for none.
    func seeNotes(_ letters: [String]) -> String? {
        let present = letters.filter { letter in notes.contains { $0.letter == letter } }.map { "(\($0))" }
        guard !present.isEmpty else { return nil }
        return (present.count == 1 ? "See note " : "See notes ") + StatementFormat.list(present) + "."
    }
}
