import LGPSRules
import LGPSStorage

/// `GET /api/v1/people/{id}` response. Optional values are left out when not recorded.
struct APIPerson: Codable, Sendable {
    struct Address: Codable, Sendable { var lines: [String]; var postcode: String }
    struct Preference: Codable, Sendable { var choice: String; var recordedOn: String; var evidence: String }
    struct PartnerDetails: Codable, Sendable {
        var forenames: String
        var surname: String
        var dateOfBirth: String?
        var since: String?
    }
    struct NominationDetails: Codable, Sendable {
        var name: String
        var relationship: String
        var dateOfBirth: String?
        var shareBasisPoints: Int
        var sharePercent: String
        var madeOn: String
    }
    struct RecordLink: Codable, Sendable {
        var id: Int64
        var memberNumber: String
        var payrollReference: String
        var employerName: String
        var jobTitle: String
        var pensionableStart: String
        var leftOn: String?
        var status: String?
        var href: String
    }

    var id: Int64
    var title: String
    var forenames: String
    var surname: String
    var fullName: String
    var dateOfBirth: String
    var sex: String
    var nationalInsuranceNumber: String?
    var address: Address
    var email: String?
    var homePhone: String?
    var mobilePhone: String?
    var digitalPreference: Preference
    var relationshipStatus: String
    var partner: PartnerDetails?
    var nominations: [NominationDetails]
    var records: [RecordLink]

    init(person: Person, nominations: [Nomination], records: [RecordSummary]) {
        id = person.id
        title = person.title
        forenames = person.forenames
        surname = person.surname
        fullName = person.fullName
        dateOfBirth = person.dateOfBirth.description
        sex = person.sex.rawValue
        nationalInsuranceNumber = person.nationalInsuranceNumber?.value
        address = Address(lines: person.contact.addressLines, postcode: person.contact.postcode)
        email = person.contact.email
        homePhone = person.contact.homePhone
        mobilePhone = person.contact.mobilePhone
        let preference = person.digitalPreference
        digitalPreference = Preference(choice: preference.choice.rawValue, recordedOn: preference.recordedOn.description,
                                       evidence: preference.evidence)
        relationshipStatus = person.relationship.rawValue
        partner = person.partner.map {
            PartnerDetails(forenames: $0.forenames, surname: $0.surname, dateOfBirth: $0.dateOfBirth?.description,
                           since: $0.since?.description)
        }
        self.nominations = nominations.map {
            NominationDetails(name: $0.name, relationship: $0.relationship, dateOfBirth: $0.dateOfBirth?.description,
                              shareBasisPoints: $0.shareBasisPoints, sharePercent: String($0.share.description.dropLast()),
                              madeOn: $0.madeOn.description)
        }
        self.records = records.map {
            RecordLink(id: $0.recordID, memberNumber: $0.memberNumber, payrollReference: $0.payrollReference,
                       employerName: $0.employerName, jobTitle: $0.jobTitle,
                       pensionableStart: $0.pensionableStart.description, leftOn: $0.leftOn?.description,
                       status: $0.status?.rawValue, href: "/api/v1/records/\($0.recordID)")
        }
    }
}
