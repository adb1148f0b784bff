import LGPSRules

/// One record's line of a statement extract: a value for each data item of its kind.
///
/// The values are kept in catalogue order (`StatementCatalogue.items(for:)`), typed as the extractor set them; a
/// bulk run sets and reads every item of every row, so nothing is looked up by column heading.
public struct ExtractRow: Sendable, Hashable {
    public var recordID: Int64
    public var kind: StatementKind
    /// One cell per item of the kind, in catalogue order.
    var cells: [ExtractCell]

    public init(recordID: Int64, kind: StatementKind, values: [String: String] = [:]) {
        self.recordID = recordID
        self.kind = kind
        cells = Array(repeating: .blank, count: StatementCatalogue.layout(for: kind).count)
        if !values.isEmpty { self.values = values }
    }

    /// Values by column heading (`StatementItem.column`); an item with no value is left out. Setting it replaces
    /// every value (headings the kind does not have are ignored).
    public var values: [String: String] {
        get {
            var result: [String: String] = [:]
            for (item, cell) in zip(StatementCatalogue.items(for: kind), cells) where !cell.isBlank {
                result[item.column] = cell.text
            }
            return result
        }
        set {
            cells = StatementCatalogue.items(for: kind).map { item in newValue[item.column].map(ExtractCell.text) ?? .blank }
        }
    }

    /// The value of `item`, blank when not applicable.
    public subscript(item: StatementItem) -> String {
        cell(item.name, item.section)?.text ?? ""
    }

    /// The value of the item called `name` in `section`, blank when not applicable or unknown.
    public func value(_ name: String, in section: StatementSection) -> String {
        cell(name, section)?.text ?? ""
    }

    /// Column heading and value for every item of the kind, in catalogue order.
    public var ordered: [(column: String, value: String)] {
        zip(StatementCatalogue.items(for: kind), cells).map { ($0.column, $1.text) }
    }

    /// The cell of the item called `name` in `section`, or `nil` when the kind has no such item.
    func cell(_ name: String, _ section: StatementSection) -> ExtractCell? {
        StatementCatalogue.layout(for: kind).position(name, section).map { cells[$0] }
    }

    /// Sets the cell of the item called `name` in `section`; a debug build checks the kind has the item.
    mutating func setCell(_ name: String, _ section: StatementSection, _ cell: ExtractCell) {
        guard let position = StatementCatalogue.layout(for: kind).position(name, section) else {
            assertionFailure("No item \(name) in \(section) for \(kind)")
            return
        }
        cells[position] = cell
    }

    /// Rows are equal when they are for the same record and kind and write the same text for every item.
    public static func == (lhs: ExtractRow, rhs: ExtractRow) -> Bool {
        lhs.recordID == rhs.recordID && lhs.kind == rhs.kind && lhs.cells.map(\.text) == rhs.cells.map(\.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(recordID)
        hasher.combine(kind)
        for cell in cells { hasher.combine(cell.text) }
    }
}

/// Why a record could not have a statement row, in plain English, for staff to put right.
public struct StatementException: Sendable, Hashable, Error {
    public var recordID: Int64
    public var reason: String

    public init(recordID: Int64, reason: String) {
        self.recordID = recordID
        self.reason = reason
    }
}
