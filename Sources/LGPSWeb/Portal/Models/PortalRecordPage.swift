import LGPSRules
import LGPSStorage

/// One of the member's pension records: the post, its history, service, CARE pension by year, contributions,
/// death grant nominations and statements.
struct PortalRecordPage {
    struct Period { var label: String; var from: String; var to: String }
    struct ServiceLine { var from: String; var to: String; var hours: String }
    struct CareLine { var year: String; var pay: String; var earned: String; var revaluation: String; var total: String; var contributions: String }
    struct StatementLine { var year: String; var issued: String; var htmlHref: String; var pdfHref: String }
    struct NominationLine { var name: String; var relationship: String; var share: String }
    struct PayrollLine { var what: String; var period: String; var href: String; var linkText: String }

    var layout: LayoutModel
    var heading: String
    var estimateHref: String
    var details: [SummaryRow]
    var statuses: [Period]
    var service: [ServiceLine]
    var careYears: [CareLine]
    var statements: [StatementLine]
    var nominations: [NominationLine]
    var hasService: Bool
    var hasCareYears: Bool
    var hasStatements: Bool
    var hasNominations: Bool
    /// P60s and payslips, for pensioners when the payroll has sent them.
    var payroll: [PortalRecordPage.PayrollLine] = []
    var hasPayroll = false
    /// Annual allowance history, when the fund publishes it and has figures for this record.
    var allowance: [AllowanceLine] = []
    var hasAllowance = false

    init(context: StaffRequestContext, record: MemberRecord, employerName: String,
         statements stored: [StoredStatement], nominations: [Nomination]) {
        let post = record.record
        layout = LayoutModel(portalTitle: "\(employerName): \(post.jobTitle)", context: context)
        heading = "\(post.jobTitle) at \(employerName)"
        estimateHref = "/portal/records/\(post.id)/estimate"
        details = [
            SummaryRow(key: "Employer", value: employerName),
            SummaryRow(key: "Job title", value: post.jobTitle),
            SummaryRow(key: "Member number", value: post.memberNumber),
            SummaryRow(key: "Status", value: post.currentStatus?.label ?? "Not recorded"),
        ]
        if post.currentStatus?.isEntitlementOnly != true {  // a survivor's pension or credit has no membership
            details.insert(contentsOf: [SummaryRow(key: "Joined the pension scheme", value: post.pensionableStart.longUK),
                                        SummaryRow(key: "Left", value: post.leftOn?.longUK ?? "Still paying in")], at: 3)
        }
        if let credit = record.pensionCredit {  // the former spouse's record is never shown to the member
            details += [SummaryRow(key: "Pension credited", value: "\(credit.annualAmount) a year"),
                        SummaryRow(key: "Pension sharing order took effect", value: credit.transferDay.longUK)]
        }
        statuses = post.statusHistory.map {
            Period(label: $0.status.label, from: $0.from.longUK, to: Formatting.until($0.to))
        }
        service = record.service.map {
            ServiceLine(from: $0.from.longUK, to: $0.to.longUK,
                        hours: "\($0.contractualHours) of \($0.wholeTimeHours) hours a week")
        }
        careYears = record.careYears.map {
            CareLine(year: "\($0.schemeYear.start.year) to \($0.schemeYear.end.year)",
                     pay: ($0.mainPay + $0.fiftyFiftyPay).description, earned: $0.earnedPension.description,
                     revaluation: $0.revaluation.description, total: $0.closingBalance.description,
                     contributions: $0.employeeContributions.description)
        }
        statements = stored.map {
            let base = "/portal/records/\(post.id)/statements/\($0.schemeYear.startYear)"
            return StatementLine(year: "To \($0.schemeYear.end.longUK)", issued: $0.issuedOn.longUK,
                                 htmlHref: base, pdfHref: base + "/statement.pdf")
        }
        self.nominations = nominations.map {
            NominationLine(name: $0.name, relationship: $0.relationship, share: "\($0.share)")
        }
        hasService = !service.isEmpty
        hasCareYears = !careYears.isEmpty
        hasStatements = !statements.isEmpty
        hasNominations = !self.nominations.isEmpty
    }
}
