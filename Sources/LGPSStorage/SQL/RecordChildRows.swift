import LGPSRules
import SQLKit

/// How each row of a record's child tables is read back into the record model.
enum RecordChildRows {
    static func statusPeriod(_ row: any SQLRow) throws -> StatusPeriod {
        StatusPeriod(status: try row.code("status", as: MemberStatus.self), from: try row.date("from_date"),
                     to: try row.optionalDate("to_date"))
    }

    static func sectionPeriod(_ row: any SQLRow) throws -> SectionPeriod {
        SectionPeriod(section: try row.code("section", as: Section.self), from: try row.date("from_date"),
                      to: try row.optionalDate("to_date"))
    }

    static func aggregationLink(_ row: any SQLRow) throws -> AggregationLink {
        AggregationLink(otherRecordID: try row.int64("other_record_id"),
                        kind: try row.code("kind", as: AggregationKind.self), on: try row.date("on_date"))
    }

    static func servicePeriod(_ row: any SQLRow) throws -> ServicePeriod {
        ServicePeriod(from: try row.date("from_date"), to: try row.date("to_date"),
                      contractualHours: Hundredths(try row.int64("contractual_hours")),
                      wholeTimeHours: Hundredths(try row.int64("whole_time_hours")),
                      contractualWeeks: try row.optionalInt64("contractual_weeks").map(Hundredths.init),
                      wholeTimeWeeks: try row.optionalInt64("whole_time_weeks").map(Hundredths.init),
                      tranche: try row.code("tranche", as: Tranche.self))
    }

    static func serviceBreak(_ row: any SQLRow) throws -> ServiceBreak {
        ServiceBreak(from: try row.date("from_date"), to: try row.date("to_date"),
                     reason: try row.code("reason", as: BreakReason.self))
    }

    static func addedYears(_ row: any SQLRow) throws -> AddedYearsContract {
        AddedYearsContract(startedOn: try row.date("started_on"), endsOn: try row.optionalDate("ends_on"),
                           daysPurchased: Int(try row.int64("days_purchased")),
                           rate: Rate(basisPoints: try row.int64("rate_bp")))
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

    static func debit(_ row: any SQLRow) throws -> Debit {
        Debit(kind: try row.code("kind", as: DebitKind.self), effectiveOn: try row.date("effective_on"),
              annualAmount: try row.money("annual_amount"),
              cashAmount: try row.optionalInt64("cash_amount").map { Money(pence: $0) },
              lumpSumAmount: try row.optionalInt64("lump_sum_amount").map { Money(pence: $0) },
              survivorAnnualAmount: try row.optionalInt64("survivor_amount").map { Money(pence: $0) },
              reference: try row.string("reference"))
    }

    static func mcCloudFact(_ row: any SQLRow) throws -> McCloudFact {
        McCloudFact(kind: try row.code("kind", as: McCloudFactKind.self), from: try row.date("from_date"),
                    to: try row.optionalDate("to_date"), detail: try row.string("detail"),
                    evidence: try row.string("evidence"))
    }

    static func finalPayYear(_ row: any SQLRow) throws -> FinalPayYear {
        FinalPayYear(yearEnding: try row.date("year_ending"), wholeTimePay: try row.money("whole_time_pay"))
    }

    static func pensionCredit(_ row: any SQLRow) throws -> PensionCredit {
        PensionCredit(annualAmount: try row.money("annual_amount"), transferDay: try row.date("transfer_day"),
                      debitedMemberReference: try row.optionalString("debited_member_reference"))
    }
}
