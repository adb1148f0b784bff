import LGPSRules
import SQLKit

/// Reads whole record aggregates back from `pension_records` and its child tables.
enum RecordReader {
    /// The record `id` if it belongs to `fundID`.
    static func record(fundID: Int64, id: Int64, on db: any SQLDatabase) async throws -> PensionRecord? {
        guard let row = try await db.select().columns(RecordRowSet.recordColumns).from("pension_records")
            .where("fund_id", .equal, fundID).where("id", .equal, id).first() else { return nil }
        let statuses = try await children("status_periods", id, db).map {
            StatusPeriod(status: try $0.code("status", as: MemberStatus.self), from: try $0.date("from_date"),
                         to: try $0.optionalDate("to_date"))
        }
        let sections = try await children("section_periods", id, db).map {
            SectionPeriod(section: try $0.code("section", as: Section.self), from: try $0.date("from_date"),
                          to: try $0.optionalDate("to_date"))
        }
        let links = try await children("aggregation_links", id, db).map {
            AggregationLink(otherRecordID: try $0.int64("other_record_id"),
                            kind: try $0.code("kind", as: AggregationKind.self), on: try $0.date("on_date"))
        }
        return PensionRecord(
            id: id, fundID: fundID, personID: try row.int64("person_id"), memberNumber: try row.string("member_number"),
            payrollReference: try row.string("payroll_reference"), employerID: try row.int64("employer_id"),
            jobTitle: try row.string("job_title"), pensionableStart: try row.date("pensionable_start"),
            leftOn: try row.optionalDate("left_on"), statusHistory: statuses, sectionHistory: sections,
            aggregationLinks: links)
    }

    /// The whole aggregate for record `id` if it belongs to `fundID`.
    static func memberRecord(fundID: Int64, id: Int64, on db: any SQLDatabase) async throws -> MemberRecord? {
        guard let record = try await record(fundID: fundID, id: id, on: db) else { return nil }
        let service = try await children("service_periods", id, db).map {
            ServicePeriod(from: try $0.date("from_date"), to: try $0.date("to_date"),
                          contractualHours: Hundredths(try $0.int64("contractual_hours")),
                          wholeTimeHours: Hundredths(try $0.int64("whole_time_hours")),
                          contractualWeeks: try $0.optionalInt64("contractual_weeks").map(Hundredths.init),
                          wholeTimeWeeks: try $0.optionalInt64("whole_time_weeks").map(Hundredths.init),
                          tranche: try $0.code("tranche", as: Tranche.self))
        }
        let breaks = try await children("service_breaks", id, db).map {
            ServiceBreak(from: try $0.date("from_date"), to: try $0.date("to_date"),
                         reason: try $0.code("reason", as: BreakReason.self))
        }
        let added = try await children("added_years", id, db).map {
            AddedYearsContract(startedOn: try $0.date("started_on"), endsOn: try $0.optionalDate("ends_on"),
                               daysPurchased: Int(try $0.int64("days_purchased")),
                               rate: Rate(basisPoints: try $0.int64("rate_bp")))
        }
        let care = try await children("care_years", id, db, orderBy: "scheme_year").map(careYear)
        let debits = try await children("debits", id, db).map {
            Debit(kind: try $0.code("kind", as: DebitKind.self), effectiveOn: try $0.date("effective_on"),
                  annualAmount: try $0.money("annual_amount"),
                  cashAmount: try $0.optionalInt64("cash_amount").map { Money(pence: $0) },
                  reference: try $0.string("reference"))
        }
        let facts = try await children("mccloud_facts", id, db).map {
            McCloudFact(kind: try $0.code("kind", as: McCloudFactKind.self), from: try $0.date("from_date"),
                        to: try $0.optionalDate("to_date"), detail: try $0.string("detail"),
                        evidence: try $0.string("evidence"))
        }
        let finalPay = try await children("final_pay_years", id, db).map {
            FinalPayYear(yearEnding: try $0.date("year_ending"), wholeTimePay: try $0.money("whole_time_pay"))
        }
        return MemberRecord(record: record, service: service, breaks: breaks, addedYears: added, careYears: care,
                            debits: debits, mcCloudFacts: facts, finalPay: finalPay)
    }

    static func careYear(_ row: any SQLRow) throws -> CareYear {
        CareYear(schemeYear: SchemeYear(startYear: Int(try row.int64("scheme_year"))),
                 mainPay: try row.money("main_pay"), fiftyFiftyPay: try row.money("fifty_fifty_pay"),
                 assumedPensionablePay: try row.money("assumed_pensionable_pay"),
                 earnedPension: try row.money("earned_pension"), openingBalance: try row.money("opening_balance"),
                 revaluation: try row.money("revaluation"),
                 revaluationRate: try row.optionalInt64("revaluation_rate_bp").map { Rate(basisPoints: $0) },
                 transfersIn: try row.money("transfers_in"),
                 additionalPensionContributions: try row.money("apc"),
                 sharedCostAdditionalPension: try row.money("scapc"),
                 additionalRegularContributions: try row.money("arc"), closingBalance: try row.money("closing_balance"),
                 employeeContributions: try row.money("employee_contributions"),
                 employerContributions: try row.money("employer_contributions"))
    }

    private static func children(_ table: String, _ recordID: Int64, _ db: any SQLDatabase,
                                 orderBy: String = "position") async throws -> [any SQLRow] {
        try await db.select().column("*").from(table).where("record_id", .equal, recordID).orderBy(orderBy).all()
    }
}
