import LGPSRules

/// One record's line of a statement extract: a text value for each data item of its kind.
public struct ExtractRow: Sendable, Hashable {
    public var recordID: Int64
    public var kind: StatementKind
    /// Values by column heading (`StatementItem.column`); an item with no value is blank.
    public var values: [String: String]

    public init(recordID: Int64, kind: StatementKind, values: [String: String] = [:]) {
        self.recordID = recordID
        self.kind = kind
        self.values = values
    }

    /// The value of `item`, blank when not applicable.
    public subscript(item: StatementItem) -> String { values[item.column] ?? "" }

    /// The value of the item called `name` in `section`, blank when not applicable or unknown.
    public func value(_ name: String, in section: StatementSection) -> String {
        StatementCatalogue.item(name, in: section, kind: kind).map { self[$0] } ?? ""
    }

    /// Column heading and value for every item of the kind, in catalogue order.
    public var ordered: [(column: String, value: String)] {
        StatementCatalogue.items(for: kind).map { ($0.column, self[$0]) }
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
