import LGPSRules

/// `GET /api/v1/records/{id}` response: the whole record. Optional values are left out when not recorded.
struct APIRecord: Codable, Sendable {
    typealias P = APIRecordParts
    var id: Int64
    var personId: Int64
    var memberNumber: String
    var payrollReference: String
    var employer: P.EmployerDetails?
    var jobTitle: String
    var pensionableStart: String
    var leftOn: String?
    var currentStatus: String?
    var statusHistory: [P.Period]
    var sectionHistory: [P.Period]
    var aggregationLinks: [P.Link]
    var service: [P.Service]
    var breaks: [P.Break]
    var addedYears: [P.AddedYears]
    var careYears: [P.CareYearDetails]
    var debits: [P.DebitDetails]
    var pensionCredit: P.CreditDetails?
    var mcCloudFacts: [P.Fact]

    init(_ member: MemberRecord, employer: Employer?) {
        let r = member.record
        id = r.id
        personId = r.personID
        memberNumber = r.memberNumber
        payrollReference = r.payrollReference
        self.employer = employer.map { P.EmployerDetails(id: $0.id, code: $0.code, name: $0.name, kind: $0.kind.rawValue) }
        jobTitle = r.jobTitle
        pensionableStart = r.pensionableStart.description
        leftOn = r.leftOn?.description
        currentStatus = r.currentStatus?.rawValue
        statusHistory = r.statusHistory.map { P.Period(value: $0.status.rawValue, from: $0.from.description, to: $0.to?.description) }
        sectionHistory = r.sectionHistory.map { P.Period(value: $0.section.rawValue, from: $0.from.description, to: $0.to?.description) }
        aggregationLinks = r.aggregationLinks.map {
            P.Link(otherRecordId: $0.otherRecordID, kind: $0.kind.rawValue, on: $0.on.description,
                   href: "/api/v1/records/\($0.otherRecordID)")
        }
        service = member.service.map {
            P.Service(from: $0.from.description, to: $0.to.description, contractualHours: $0.contractualHours.description,
                      wholeTimeHours: $0.wholeTimeHours.description, contractualWeeks: $0.contractualWeeks?.description,
                      wholeTimeWeeks: $0.wholeTimeWeeks?.description, partTime: $0.isPartTime, tranche: $0.tranche.rawValue)
        }
        breaks = member.breaks.map {
            P.Break(from: $0.from.description, to: $0.to.description, reason: $0.reason.rawValue, reasonLabel: $0.reason.label)
        }
        addedYears = member.addedYears.map {
            P.AddedYears(startedOn: $0.startedOn.description, endsOn: $0.endsOn?.description,
                         daysPurchased: $0.daysPurchased, ratePercent: String($0.rate.description.dropLast()))
        }
        careYears = member.careYears.map(P.CareYearDetails.init)
        debits = member.debits.map {
            P.DebitDetails(kind: $0.kind.rawValue, effectiveOn: $0.effectiveOn.description,
                           annualAmount: APIMoney($0.annualAmount), cashAmount: $0.cashAmount.map(APIMoney.init),
                           reference: $0.reference)
        }
        pensionCredit = member.pensionCredit.map {
            P.CreditDetails(annualAmount: APIMoney($0.annualAmount), transferDay: $0.transferDay.description,
                            debitedMemberReference: $0.debitedMemberReference)
        }
        mcCloudFacts = member.mcCloudFacts.map {
            P.Fact(kind: $0.kind.rawValue, from: $0.from.description, to: $0.to?.description, detail: $0.detail,
                   evidence: $0.evidence)
        }
    }
}
