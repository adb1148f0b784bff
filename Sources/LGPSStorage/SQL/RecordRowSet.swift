import LGPSRules
import SQLKit

/// The rows of one or more whole record aggregates, across `pension_records` and its child tables, inserted
/// parents first. Rates are stored in basis points (hundredths of a percent), hours and weeks in hundredths.
struct RecordRowSet: Sendable {
    static let recordColumns = ["id", "fund_id", "person_id", "member_number", "payroll_reference", "employer_id",
                                "job_title", "pensionable_start", "left_on", "current_status"]
    static let careColumns = ["record_id", "scheme_year", "fund_id", "revaluation_rate_bp"]
        + Migration007_CareYears.moneyColumns

    var records = InsertRows(table: "pension_records", columns: recordColumns)
    var statuses = InsertRows(table: "status_periods",
                              columns: ["record_id", "position", "fund_id", "status", "from_date", "to_date"])
    var sections = InsertRows(table: "section_periods",
                              columns: ["record_id", "position", "fund_id", "section", "from_date", "to_date"])
    var links = InsertRows(table: "aggregation_links",
                           columns: ["record_id", "position", "fund_id", "other_record_id", "kind", "on_date"])
    var service = InsertRows(table: "service_periods", columns: [
        "record_id", "position", "fund_id", "from_date", "to_date", "contractual_hours", "whole_time_hours",
        "contractual_weeks", "whole_time_weeks", "tranche",
    ])
    var breaks = InsertRows(table: "service_breaks",
                            columns: ["record_id", "position", "fund_id", "from_date", "to_date", "reason"])
    var addedYears = InsertRows(table: "added_years", columns: [
        "record_id", "position", "fund_id", "started_on", "ends_on", "days_purchased", "rate_bp",
    ])
    var careYears = InsertRows(table: "care_years", columns: careColumns)
    var debits = InsertRows(table: "debits", columns: DebitRow.columns)
    var facts = InsertRows(table: "mccloud_facts", columns: [
        "record_id", "position", "fund_id", "kind", "from_date", "to_date", "detail", "evidence",
    ])

    var finalPay = InsertRows(table: "final_pay_years",
                              columns: ["record_id", "position", "fund_id", "year_ending", "whole_time_pay"])
    var credits = InsertRows(table: "pension_credits", columns: [
        "record_id", "fund_id", "annual_amount", "transfer_day", "debited_member_reference",
    ])

    /// Refuses a record the rules would not accept.
    static func validate(_ record: PensionRecord) throws {
        if let left = record.leftOn, left < record.pensionableStart {
            throw StorageError.invalid("The leaving date cannot be before the pensionable start date")
        }
    }

    static func recordValues(_ r: PensionRecord) -> [any SQLCellConvertible] {
        [r.id, r.fundID, r.personID, r.memberNumber, r.payrollReference, r.employerID, r.jobTitle,
         r.pensionableStart.description, r.leftOn?.description, r.currentStatus?.rawValue]
    }

    mutating func add(_ m: MemberRecord) {
        let r = m.record, id = r.id, fund = r.fundID
        records.append(Self.recordValues(r))
        for (i, s) in r.statusHistory.enumerated() {
            statuses.append([id, Int64(i), fund, s.status.rawValue, s.from.description, s.to?.description])
        }
        for (i, s) in r.sectionHistory.enumerated() {
            sections.append([id, Int64(i), fund, s.section.rawValue, s.from.description, s.to?.description])
        }
        for (i, l) in r.aggregationLinks.enumerated() {
            links.append([id, Int64(i), fund, l.otherRecordID, l.kind.rawValue, l.on.description])
        }
        for (i, p) in m.service.enumerated() {
            service.append([id, Int64(i), fund, p.from.description, p.to.description, p.contractualHours.value,
                            p.wholeTimeHours.value, p.contractualWeeks?.value, p.wholeTimeWeeks?.value,
                            p.tranche.rawValue])
        }
        for (i, b) in m.breaks.enumerated() {
            breaks.append([id, Int64(i), fund, b.from.description, b.to.description, b.reason.rawValue])
        }
        for (i, a) in m.addedYears.enumerated() {
            addedYears.append([id, Int64(i), fund, a.startedOn.description, a.endsOn?.description,
                               Int64(a.daysPurchased), a.rate.basisPoints])
        }
        for c in m.careYears {
            careYears.append([id, Int64(c.schemeYear.startYear), fund, c.revaluationRate?.basisPoints,
                              c.mainPay.pence, c.fiftyFiftyPay.pence, c.assumedPensionablePay.pence,
                              c.earnedPension.pence, c.openingBalance.pence, c.revaluation.pence,
                              c.transfersIn.pence, c.additionalPensionContributions.pence,
                              c.sharedCostAdditionalPension.pence, c.additionalRegularContributions.pence,
                              c.closingBalance.pence, c.employeeContributions.pence, c.employerContributions.pence])
        }
        for (i, d) in m.debits.enumerated() {
            debits.append(DebitRow.values(recordID: id, position: Int64(i), fundID: fund, d))
        }
        for (i, f) in m.mcCloudFacts.enumerated() {
            facts.append([id, Int64(i), fund, f.kind.rawValue, f.from.description, f.to?.description, f.detail,
                          f.evidence])
        }
        for (i, f) in m.finalPay.enumerated() {
            finalPay.append([id, Int64(i), fund, f.yearEnding.description, f.wholeTimePay.pence])
        }
        if let c = m.pensionCredit {
            credits.append([id, fund, c.annualAmount.pence, c.transferDay.description, c.debitedMemberReference])
        }
    }

    /// Inserts everything, `pension_records` first.
    func run(on database: any SQLDatabase) async throws {
        for rows in tables { try await rows.run(on: database) }
    }

    /// Inserts everything through a bulk session, `pension_records` first.
    func run(on session: BulkSession) async throws {
        for rows in tables { try await rows.run(on: session) }
    }

    private var tables: [InsertRows] {
        [records, statuses, sections, links, service, breaks, addedYears, careYears, debits, facts, finalPay, credits]
    }

    /// The record's own fields for the audit trail.
    static func auditFields(_ r: PensionRecord) -> AuditFields {
        var fields = AuditFields()
        fields.add("person_id", number: r.personID)
        fields.add("member_number", r.memberNumber)
        fields.add("payroll_reference", r.payrollReference)
        fields.add("employer_id", number: r.employerID)
        fields.add("job_title", r.jobTitle)
        fields.add("pensionable_start", r.pensionableStart.description)
        fields.add("left_on", r.leftOn?.description)
        fields.add("current_status", r.currentStatus?.rawValue)
        return fields
    }
}
