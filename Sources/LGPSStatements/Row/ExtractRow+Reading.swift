import LGPSRules

extension ExtractRow {
    /// The value of the item called `name` in `section`, or `nil` when it is blank (not applicable or not
    /// quoted). A debug build checks the item is in the catalogue of some kind.
    func text(_ name: String, _ section: StatementSection) -> String? {
        assert(StatementKind.allCases.contains { StatementCatalogue.item(name, in: section, kind: $0) != nil },
               "No item \(name) in \(section)")
        guard let cell = cell(name, section), !cell.isBlank else { return nil }
        return cell.text
    }

    /// A money item (written `1234.56` in the extract), or `nil` when blank.
    func money(_ name: String, _ section: StatementSection) -> Money? {
        cell(name, section)?.money
    }

    /// A money item that is only worth quoting when it is more than zero.
    func positive(_ name: String, _ section: StatementSection) -> Money? {
        money(name, section).flatMap { $0 > .zero ? $0 : nil }
    }

    /// A date item (written `YYYY-MM-DD` in the extract), or `nil` when blank.
    func date(_ name: String, _ section: StatementSection) -> CalendarDate? {
        cell(name, section)?.date
    }

    /// Whether a yes/no item says yes.
    func isYes(_ name: String, _ section: StatementSection) -> Bool {
        text(name, section) == ExtractFormat.yesNo(true)
    }
}
