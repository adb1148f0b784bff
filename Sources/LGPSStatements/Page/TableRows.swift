import LGPSRules

/// Collects the rows of a two-column table, leaving out items with no value ("blank items are omitted").
struct TableRows: Sendable {
    var rows: [StatementTable.Row] = []

    /// A row of text, left out when `text` is `nil` or empty.
    mutating func add(_ label: String, _ text: String?) {
        guard let text, !text.isEmpty else { return }
        rows.append(.init(header: label, cells: [.init(text: text, numeric: false)]))
    }

    /// A row with an amount as `£1,234.56`, left out when `nil`.
    mutating func add(_ label: String, money: Money?) {
        guard let money else { return }
        rows.append(.init(header: label, cells: [.init(text: StatementFormat.money(money), numeric: true)]))
    }

    /// A row with a date as `31 March 2026`, left out when `nil`.
    mutating func add(_ label: String, date: CalendarDate?) {
        add(label, date.map(StatementFormat.date))
    }
}
