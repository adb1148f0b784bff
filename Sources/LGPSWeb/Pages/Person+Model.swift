import LGPSRules
import LGPSStorage

/// A person's page: personal details, partner, communication preference, nominations, every post they hold and
/// the emails sent to them and the change history.
struct PersonPage {
    struct NominationRow {
        var name: String
        var relationship: String
        var dateOfBirth: String
        var share: String
        var madeOn: String
    }

    struct RecordRow {
        var href: String
        var memberNumber: String
        var payrollReference: String
        var employer: String
        var jobTitle: String
        var started: String
        var left: String
        var status: String
    }

    var layout: LayoutModel
    var id: Int64
    var name: String
    var details: [SummaryRow]
    var partner: [SummaryRow]
    var hasPartner: Bool
    var preference: [SummaryRow]
    var nominations: [NominationRow]
    var hasNominations: Bool
    var records: [RecordRow]
    var hasRecords: Bool
    var history: AuditHistoryModel
    var emails: PersonEmailsModel

    init(context: StaffRequestContext, person: Person, nominations: [Nomination], records: [RecordSummary],
         history: [AuditEntry], emails: PersonEmailsModel, flash: String?) {
        layout = LayoutModel(title: person.fullName, context: context)
        layout.flash = flash
        id = person.id
        name = person.fullName
        let contact = person.contact
        details = [
            SummaryRow(key: "Title", value: person.title.isEmpty ? "None" : person.title),
            SummaryRow(key: "Forenames", value: person.forenames),
            SummaryRow(key: "Surname", value: person.surname),
            SummaryRow(key: "Date of birth", value: person.dateOfBirth.longUK),
            SummaryRow(key: "Sex", value: person.sex.label),
            SummaryRow(key: "National Insurance number", value: person.nationalInsuranceNumber?.spaced ?? "None"),
            SummaryRow(key: "Address", value: (contact.addressLines + [contact.postcode]).joined(separator: ", ")),
            SummaryRow(key: "Email", value: contact.email ?? "None"),
            SummaryRow(key: "Home phone", value: contact.homePhone ?? "None"),
            SummaryRow(key: "Mobile phone", value: contact.mobilePhone ?? "None"),
            SummaryRow(key: "Relationship status", value: person.relationship.label),
        ]
        partner = person.partner.map { p in [
            SummaryRow(key: "Name", value: "\(p.forenames) \(p.surname)"),
            SummaryRow(key: "Date of birth", value: Formatting.date(p.dateOfBirth)),
            SummaryRow(key: "Since", value: Formatting.date(p.since)),
        ] } ?? []
        hasPartner = person.partner != nil
        preference = [
            SummaryRow(key: "Communications", value: person.digitalPreference.choice.label),
            SummaryRow(key: "Recorded on", value: person.digitalPreference.recordedOn.longUK),
            SummaryRow(key: "Evidence", value: person.digitalPreference.evidence),
        ]
        self.nominations = nominations.map {
            NominationRow(name: $0.name, relationship: $0.relationship, dateOfBirth: Formatting.date($0.dateOfBirth),
                          share: $0.share.description, madeOn: $0.madeOn.longUK)
        }
        hasNominations = !nominations.isEmpty
        self.records = records.map {
            RecordRow(href: "/records/\($0.recordID)", memberNumber: $0.memberNumber,
                      payrollReference: $0.payrollReference, employer: $0.employerName, jobTitle: $0.jobTitle,
                      started: $0.pensionableStart.longUK, left: $0.leftOn?.longUK ?? "Not left",
                      status: $0.status?.label ?? "Not recorded")
        }
        hasRecords = !records.isEmpty
        self.history = AuditHistoryModel(subject: "person", entries: history)
        self.emails = emails
    }
}
