import LGPSRules

extension ExtractRow {
    /// The value of the item called `name` in `section`, or `nil` when it is blank (not applicable or not
    /// quoted). Looks the column up directly (the heading is `StatementItem.column`), so reading a row stays
    /// cheap in a bulk run; a debug build checks the item is in the catalogue.
    func text(_ name: String, _ section: StatementSection) -> String? {
        assert(StatementKind.allCases.contains { StatementCatalogue.item(name, in: section, kind: $0) != nil },
               "No item \(name) in \(section)")
        guard let value = values["\(section.title): \(name)"], !value.isEmpty else { return nil }
        return value
    }

    /// A money item (written `1234.56` in the extract), or `nil` when blank.
    func money(_ name: String, _ section: StatementSection) -> Money? {
        text(name, section).flatMap { Money(pounds: $0) }
    }

    /// A money item that is only worth quoting when it is more than zero.
    func positive(_ name: String, _ section: StatementSection) -> Money? {
        money(name, section).flatMap { $0 > .zero ? $0 : nil }
    }

    /// A date item (written `YYYY-MM-DD` in the extract), or `nil` when blank.
    func date(_ name: String, _ section: StatementSection) -> CalendarDate? {
        text(name, section).flatMap { CalendarDate($0) }
    }

    /// Whether a yes/no item says yes.
    func isYes(_ name: String, _ section: StatementSection) -> Bool {
        text(name, section) == ExtractFormat.yesNo(true)
    }
}
