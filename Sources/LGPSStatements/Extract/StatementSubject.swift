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
    /// Sets the item called `name` in `section` (left as it was when `text` is `nil`).
    mutating func set(_ name: String, _ section: StatementSection, _ text: String?) {
        guard let text else { return }
        setCell(name, section, .text(text))
    }

    /// Sets a money item (written as plain pounds and pence, `1234.56`).
    mutating func set(_ name: String, _ section: StatementSection, money: Money?) {
        guard let money else { return }
        setCell(name, section, .money(money))
    }

    /// Sets a date item (written `YYYY-MM-DD`).
    mutating func set(_ name: String, _ section: StatementSection, date: CalendarDate?) {
        guard let date else { return }
        setCell(name, section, .date(date))
    }
}
