import LGPSRules

/// Everything the extractor reads for one record: the person, the record, the person's other records (for the
/// "more than one post" facts), their death grant nominations and the employer's name.
public struct StatementSubject: Sendable {
    public var person: Person
    public var member: MemberRecord
    public var otherRecords: [MemberRecord]
    public var nominations: [Nomination]
    public var employerName: String

    public init(person: Person, member: MemberRecord, otherRecords: [MemberRecord] = [],
                nominations: [Nomination] = [], employerName: String) {
        self.person = person
        self.member = member
        self.otherRecords = otherRecords
        self.nominations = nominations
        self.employerName = employerName
    }
}

extension ExtractRow {
    /// Sets the item called `name` in `section` (left blank when `text` is `nil`).
    mutating func set(_ name: String, _ section: StatementSection, _ text: String?) {
        assert(StatementCatalogue.item(name, in: section, kind: kind) != nil, "No item \(name) in \(section)")
        guard let text else { return }
        values["\(section.title): \(name)"] = text
    }

    /// Sets a money item as plain pounds and pence (`1234.56`).
    mutating func set(_ name: String, _ section: StatementSection, money: Money?) {
        set(name, section, money.map(\.decimalPounds))
    }

    /// Sets a date item as `YYYY-MM-DD`.
    mutating func set(_ name: String, _ section: StatementSection, date: CalendarDate?) {
        set(name, section, date.map(\.description))
    }
}
