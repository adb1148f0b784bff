import LGPSRules
import SQLKit

/// How a `Person` is flattened into the `people` table, and read back.
enum PersonRow {
    static let columns = [
        "id", "fund_id", "title", "forenames", "surname", "surname_key", "forenames_key", "date_of_birth", "sex",
        "nino", "address_1", "address_2", "address_3", "address_4", "address_5", "postcode", "email",
        "home_phone", "mobile_phone", "digital_choice", "digital_recorded_on", "digital_evidence", "relationship",
        "partner_forenames", "partner_surname", "partner_date_of_birth", "partner_since",
    ]

    /// Refuses what the table cannot hold.
    static func validate(_ person: Person) throws {
        guard person.contact.addressLines.count <= ContactDetails.maximumAddressLines else {
            throw StorageError.invalid("An address has at most \(ContactDetails.maximumAddressLines) lines")
        }
    }

    static func values(_ p: Person) -> [any SQLCellConvertible] {
        let lines = p.contact.addressLines
        func line(_ index: Int) -> String? { index < lines.count ? lines[index] : nil }
        return [
            p.id, p.fundID, p.title, p.forenames, p.surname, SearchKey.normalise(p.surname),
            SearchKey.normalise(p.forenames), p.dateOfBirth.description, p.sex.rawValue,
            p.nationalInsuranceNumber?.value, line(0), line(1), line(2), line(3), line(4), p.contact.postcode,
            p.contact.email, p.contact.homePhone, p.contact.mobilePhone, p.digitalPreference.choice.rawValue,
            p.digitalPreference.recordedOn.description, p.digitalPreference.evidence, p.relationship.rawValue,
            p.partner?.forenames, p.partner?.surname, p.partner?.dateOfBirth?.description,
            p.partner?.since?.description,
        ]
    }

    static func decode(_ row: any SQLRow) throws -> Person {
        var lines: [String] = []
        for index in 1...ContactDetails.maximumAddressLines {
            guard let line = try row.optionalString("address_\(index)") else { break }
            lines.append(line)
        }
        let nino = try row.optionalString("nino").map { text in
            guard let number = NationalInsuranceNumber(text) else { throw StorageError.invalid("nino is malformed") }
            return number
        }
        var partner: Partner?
        if let forenames = try row.optionalString("partner_forenames") {
            partner = Partner(forenames: forenames, surname: try row.optionalString("partner_surname") ?? "",
                              dateOfBirth: try row.optionalDate("partner_date_of_birth"),
                              since: try row.optionalDate("partner_since"))
        }
        return Person(
            id: try row.int64("id"), fundID: try row.int64("fund_id"), title: try row.string("title"),
            forenames: try row.string("forenames"), surname: try row.string("surname"),
            dateOfBirth: try row.date("date_of_birth"), sex: try row.code("sex", as: Sex.self),
            nationalInsuranceNumber: nino,
            contact: ContactDetails(addressLines: lines, postcode: try row.string("postcode"),
                                    email: try row.optionalString("email"),
                                    homePhone: try row.optionalString("home_phone"),
                                    mobilePhone: try row.optionalString("mobile_phone")),
            digitalPreference: DigitalPreference(choice: try row.code("digital_choice", as: DigitalChoice.self),
                                                 recordedOn: try row.date("digital_recorded_on"),
                                                 evidence: try row.string("digital_evidence")),
            relationship: try row.code("relationship", as: RelationshipStatus.self),
            partner: partner)
    }

    /// The person's fields for the audit trail (the identifying and personal details).
    static func auditFields(_ p: Person) -> AuditFields {
        var fields = AuditFields()
        fields.add("title", p.title)
        fields.add("forenames", p.forenames)
        fields.add("surname", p.surname)
        fields.add("date_of_birth", p.dateOfBirth.description)
        fields.add("sex", p.sex.rawValue)
        fields.add("nino", p.nationalInsuranceNumber?.value)
        fields.add("address_lines", p.contact.addressLines.joined(separator: "\n"))
        fields.add("postcode", p.contact.postcode)
        fields.add("email", p.contact.email)
        fields.add("home_phone", p.contact.homePhone)
        fields.add("mobile_phone", p.contact.mobilePhone)
        fields.add("digital_choice", p.digitalPreference.choice.rawValue)
        fields.add("digital_recorded_on", p.digitalPreference.recordedOn.description)
        fields.add("digital_evidence", p.digitalPreference.evidence)
        fields.add("relationship", p.relationship.rawValue)
        fields.add("partner_forenames", p.partner?.forenames)
        fields.add("partner_surname", p.partner?.surname)
        fields.add("partner_date_of_birth", p.partner?.dateOfBirth?.description)
        fields.add("partner_since", p.partner?.since?.description)
        return fields
    }
}
