import LGPSParameters
import LGPSRules
@testable import LGPSStatements

/// Small factories for statement tests: a member who joined in April 2010 (final salary 60ths membership, then
/// CARE), with pay that trebles in 2019 so the McCloud underpin adds a final guarantee amount.
enum Fixtures {
    static let year = SchemeYear(startYear: 2024)
    static let parameters: SchemeParameters = try! ParameterLoader().load().scheme
    static let joined = CalendarDate(2010, 4, 1)

    static func extractor(_ settings: StatementSettings = StatementSettings()) -> StatementExtractor {
        StatementExtractor(parameters: parameters, settings: settings)
    }

    static func person(relationship: RelationshipStatus = .married) -> Person {
        Person(id: 1, fundID: 1, title: "Mrs", forenames: "Jane Mary", surname: "Smith, Jones",
               dateOfBirth: CalendarDate(1966, 5, 1), sex: .female,
               nationalInsuranceNumber: try? NationalInsuranceNumber.parse("QQ123456C").get(),
               contact: ContactDetails(addressLines: ["1 \"High\" Street", "Ambridge"], postcode: "AB1 2CD",
                                       email: "jane@example.org", homePhone: nil, mobilePhone: nil),
               digitalPreference: DigitalPreference(choice: .paper, recordedOn: joined, evidence: "form"),
               relationship: relationship, partner: nil)
    }

    static func careYears(from start: Int = 2014, through end: Int = 2024) -> [CareYear] {
        var balance = Money.zero
        return (start...end).map { startYear in
            let pay = Money(pounds: startYear < 2019 ? 20_000 : 60_000)
            let earned = Money(pence: pay.pence / 49)
            let year = CareYear(schemeYear: SchemeYear(startYear: startYear), mainPay: pay, fiftyFiftyPay: .zero,
                                assumedPensionablePay: .zero, earnedPension: earned, openingBalance: balance,
                                revaluation: .zero, revaluationRate: nil, transfersIn: .zero,
                                additionalPensionContributions: .zero, sharedCostAdditionalPension: .zero,
                                additionalRegularContributions: .zero, closingBalance: balance + earned,
                                employeeContributions: .zero, employerContributions: .zero)
            balance += earned
            return year
        }
    }

    static func member(id: Int64 = 10, number: String = "M0010", status: [StatusPeriod]? = nil,
                       finalPay: Bool = true) -> MemberRecord {
        let record = PensionRecord(
            id: id, fundID: 1, personID: 1, memberNumber: number, payrollReference: "PAY-\(id)", employerID: 1,
            jobTitle: "Librarian", pensionableStart: joined, leftOn: status == nil ? nil : CalendarDate(2023, 3, 31),
            statusHistory: status ?? [StatusPeriod(status: .active, from: joined, to: nil)],
            sectionHistory: [SectionPeriod(section: .main, from: CalendarDate(2014, 4, 1), to: nil)],
            aggregationLinks: [])
        let pay = (2011...2025).map { FinalPayYear(yearEnding: CalendarDate($0, 3, 31),
                                                  wholeTimePay: Money(pounds: $0 < 2020 ? 20_000 : 60_000)) }
        return MemberRecord(
            record: record,
            service: [ServicePeriod(from: joined, to: CalendarDate(2014, 3, 31), contractualHours: Hundredths(3700),
                                    wholeTimeHours: Hundredths(3700), contractualWeeks: nil, wholeTimeWeeks: nil,
                                    tranche: .from2008Sixtieths)],
            breaks: [], addedYears: [], careYears: careYears(), debits: [], mcCloudFacts: [],
            finalPay: finalPay ? pay : [])
    }

    static func subject(_ member: MemberRecord = member(), person: Person = person(),
                        others: [MemberRecord] = []) -> StatementSubject {
        StatementSubject(person: person, member: member, otherRecords: others,
                         nominations: [Nomination(name: "John Smith", relationship: "Husband", dateOfBirth: nil,
                                                  shareBasisPoints: Nomination.wholeShare, madeOn: joined)],
                         employerName: "Borsetshire County Council")
    }

    static func facts(_ person: Person = person()) -> MemberFacts { MemberFacts(person: person) }
}
