import LGPSRules
import LGPSStorage

/// A pension record's page: every field of the record, its service and CARE history, debits, McCloud facts and
/// the change history.
struct RecordPage {
    /// P60s and payslips imported for the record (pensioners).
    var payroll: [PortalRecordPage.PayrollLine] = []
    var hasPayroll = false
    /// Published annual allowance history (staff see it whether or not members are shown it).
    var allowance: [AllowanceLine] = []
    var hasAllowance = false
    struct Period { var label: String; var from: String; var to: String }
    struct Link { var href: String; var label: String; var on: String }
    struct Service {
        var from: String, to: String, hours: String, wholeTimeHours: String, weeks: String, wholeTimeWeeks: String
        var partTime: String, tranche: String
    }
    struct Break { var from: String, to: String, reason: String, code: String }
    struct AddedYears { var started: String, ends: String, days: String, rate: String }
    struct CareRow {
        var year: String, mainPay: String, fiftyFiftyPay: String, app: String, earned: String, opening: String
        var revaluation: String, rate: String, transfersIn: String, apc: String, scapc: String, arc: String
        var closing: String, employee: String, employer: String
    }
    struct DebitRow {
        var kind: String, effective: String, annual: String, cash: String, lumpSum: String, survivor: String
        var reference: String
    }
    struct Fact { var kind: String, from: String, to: String, detail: String, evidence: String }

    var layout: LayoutModel
    var id: Int64
    var personHref: String
    var heading: String
    var details: [SummaryRow]
    var statuses: [Period]
    var sections: [Period]
    var links: [Link]
    var service: [Service]
    var breaks: [Break]
    var addedYears: [AddedYears]
    var careYears: [CareRow]
    var debits: [DebitRow]
    var facts: [Fact]
    var history: AuditHistoryModel
    var flags: [String: Bool]

    init(context: StaffRequestContext, member: MemberRecord, employerName: String, personName: String,
         history: [AuditEntry], flash: String?) {
        let record = member.record
        layout = LayoutModel(title: "Record \(record.memberNumber)", context: context)
        layout.flash = flash
        id = record.id
        personHref = "/people/\(record.personID)"
        heading = "\(personName): \(record.jobTitle)"
        details = [
            SummaryRow(key: "Member", value: personName),
            SummaryRow(key: "Employer", value: employerName),
            SummaryRow(key: "Job title", value: record.jobTitle),
            SummaryRow(key: "Member number", value: record.memberNumber),
            SummaryRow(key: "Payroll reference", value: record.payrollReference),
            SummaryRow(key: "Pensionable start date", value: record.pensionableStart.longUK),
            SummaryRow(key: "Left on", value: record.leftOn?.longUK ?? "Not left"),
            SummaryRow(key: "Current status", value: record.currentStatus?.label ?? "Not recorded"),
        ]
        if let credit = member.pensionCredit {
            details += [
                SummaryRow(key: "Pension credited", value: "\(credit.annualAmount) a year"),
                SummaryRow(key: "Pension sharing order took effect", value: credit.transferDay.longUK),
                SummaryRow(key: "Former spouse's member number", value: credit.debitedMemberReference ?? "Not recorded"),
            ]
        }
        statuses = record.statusHistory.map { Period(label: $0.status.label, from: $0.from.longUK, to: Formatting.until($0.to)) }
        sections = record.sectionHistory.map { Period(label: $0.section.label, from: $0.from.longUK, to: Formatting.until($0.to)) }
        links = record.aggregationLinks.map {
            Link(href: "/records/\($0.otherRecordID)", label: $0.kind.label, on: $0.on.longUK)
        }
        service = member.service.map {
            Service(from: $0.from.longUK, to: $0.to.longUK, hours: $0.contractualHours.description,
                    wholeTimeHours: $0.wholeTimeHours.description, weeks: $0.contractualWeeks?.description ?? "–",
                    wholeTimeWeeks: $0.wholeTimeWeeks?.description ?? "–", partTime: Formatting.yesNo($0.isPartTime),
                    tranche: $0.tranche.label)
        }
        breaks = member.breaks.map { Break(from: $0.from.longUK, to: $0.to.longUK, reason: $0.reason.label, code: $0.reason.rawValue) }
        addedYears = member.addedYears.map {
            AddedYears(started: $0.startedOn.longUK, ends: Formatting.until($0.endsOn), days: String($0.daysPurchased),
                       rate: $0.rate.description)
        }
        careYears = member.careYears.map { RecordPage.careRow($0) }
        debits = member.debits.map {
            DebitRow(kind: $0.kind.label, effective: $0.effectiveOn.longUK, annual: $0.annualAmount.description,
                     cash: $0.cashAmount?.description ?? "–", lumpSum: $0.lumpSumAmount?.description ?? "–",
                     survivor: $0.survivorAnnualAmount?.description ?? "–", reference: $0.reference)
        }
        facts = member.mcCloudFacts.map {
            Fact(kind: $0.kind.label, from: $0.from.longUK, to: Formatting.until($0.to), detail: $0.detail,
                 evidence: $0.evidence)
        }
        self.history = AuditHistoryModel(subject: "record", entries: history)
        flags = ["statuses": !statuses.isEmpty, "sections": !sections.isEmpty, "links": !links.isEmpty,
                 "service": !service.isEmpty, "breaks": !breaks.isEmpty, "addedYears": !addedYears.isEmpty,
                 "careYears": !careYears.isEmpty, "debits": !debits.isEmpty, "facts": !facts.isEmpty]
    }

    static func careRow(_ year: CareYear) -> CareRow {
        CareRow(year: year.schemeYear.description, mainPay: year.mainPay.description,
                fiftyFiftyPay: year.fiftyFiftyPay.description, app: year.assumedPensionablePay.description,
                earned: year.earnedPension.description, opening: year.openingBalance.description,
                revaluation: year.revaluation.description, rate: Formatting.rate(year.revaluationRate),
                transfersIn: year.transfersIn.description, apc: year.additionalPensionContributions.description,
                scapc: year.sharedCostAdditionalPension.description,
                arc: year.additionalRegularContributions.description, closing: year.closingBalance.description,
                employee: year.employeeContributions.description, employer: year.employerContributions.description)
    }
}
