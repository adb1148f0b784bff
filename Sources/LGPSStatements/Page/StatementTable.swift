/// A table in a statement: a caption, column headings, and rows each headed by their first cell (`<th
/// scope="row">`). Plain text throughout: the templates escape it.
/// - Source: GOV.UK Design System "Table" pattern; WCAG 2.1 SC 1.3.1 (captions and header cells).
struct StatementTable: Sendable, Hashable {
    /// Unique within the document: the caption's id, which also labels the scrolling region.
    var tableID: String
    var caption: String
    var headings: [Heading]
    var rows: [Row]

    struct Heading: Sendable, Hashable {
        var heading: String
        var numeric: Bool
    }

    struct Row: Sendable, Hashable {
        var header: String
        var cells: [Cell]
    }

    struct Cell: Sendable, Hashable {
        var text: String
        var numeric: Bool
    }

    /// A two-column table of items and their values (amounts right-aligned), or `nil` when it has no rows.
    static func items(_ tableID: String, caption: String, item: String = "Item", value: String = "Amount",
                      _ rows: TableRows) -> StatementTable? {
        guard !rows.rows.isEmpty else { return nil }
        // Amounts are right-aligned only in a column of amounts; a column that mixes text and amounts reads left.
        let numeric = rows.rows.allSatisfy { $0.cells.allSatisfy(\.numeric) }
        let cells = numeric ? rows.rows : rows.rows.map { row in
            StatementTable.Row(header: row.header, cells: row.cells.map { Cell(text: $0.text, numeric: false) })
        }
        return StatementTable(tableID: tableID, caption: caption,
                              headings: [Heading(heading: item, numeric: false), Heading(heading: value, numeric: numeric)],
                              rows: cells)
    }
}
