import LGPSRules
@testable import LGPSStorage

/// Small factories with every field filled, so round trips check every column.
enum Fixtures {
    static let staff = LGPSStorage.Actor(id: "staff-7", channel: .staff)

    static func fund(_ db: Database, code: String = "TST") async throws -> Fund {
        try await db.repositories.funds.create(code: code, name: "Test Pension Fund \(code)", actor: .system("tests"))
    }

    static func employer(fundID: Int64, code: String = "E001") -> Employer {
        Employer(id: 0, fundID: fundID, code: code, name: "Borsetshire County Council \(code)", kind: .council,
                 rates: [EmployerRate(from: CalendarDate(2023, 4, 1), to: CalendarDate(2026, 3, 31),
                                      rate: Rate(basisPoints: 1_850)),
                         EmployerRate(from: CalendarDate(2026, 4, 1), to: nil, rate: Rate(basisPoints: 1_725))])
    }

    static func person(fundID: Int64, forenames: String = "Jane Mary", surname: String = "Smith",
                       nino: String? = "QQ123456C") -> Person {
        Person(id: 0, fundID: fundID, title: "Mrs", forenames: forenames, surname: surname,
               dateOfBirth: CalendarDate(1970, 2, 28), sex: .female,
               nationalInsuranceNumber: nino.flatMap(NationalInsuranceNumber.init),
               contact: ContactDetails(addressLines: ["1 High Street", "Ambridge", "Borsetshire"],
                                       postcode: "AB1 2CD", email: "jane@example.org", homePhone: "01632 960001",
                                       mobilePhone: "07700 900001"),
               digitalPreference: DigitalPreference(choice: .paper, recordedOn: CalendarDate(2024, 5, 3),
                                                    evidence: "Signed form received 3 May 2024"),
               relationship: .married,
               partner: Partner(forenames: "John", surname: "Smith", dateOfBirth: CalendarDate(1968, 7, 1),
                                since: CalendarDate(1995, 6, 17)))
    }

    static func memberRecord(fundID: Int64, personID: Int64, employerID: Int64, memberNumber: String = "M0001234",
                             payroll: String = "PAY-77") -> MemberRecord {
        let record = PensionRecord(
            id: 0, fundID: fundID, personID: personID, memberNumber: memberNumber, payrollReference: payroll,
            employerID: employerID, jobTitle: "Librarian", pensionableStart: CalendarDate(1990, 9, 1),
            leftOn: CalendarDate(2020, 3, 31),
            statusHistory: [StatusPeriod(status: .active, from: CalendarDate(1990, 9, 1), to: CalendarDate(2020, 3, 31)),
                            StatusPeriod(status: .deferred, from: CalendarDate(2020, 4, 1), to: nil)],
            sectionHistory: [SectionPeriod(section: .main, from: CalendarDate(2014, 4, 1), to: CalendarDate(2016, 3, 31)),
                             SectionPeriod(section: .fiftyFifty, from: CalendarDate(2016, 4, 1), to: nil)],
            aggregationLinks: [AggregationLink(otherRecordID: 999, kind: .concurrent, on: CalendarDate(2001, 1, 1))])
        return MemberRecord(
            record: record,
            service: [ServicePeriod(from: CalendarDate(1990, 9, 1), to: CalendarDate(2008, 3, 31),
                                    contractualHours: Hundredths(1850), wholeTimeHours: Hundredths(3700),
                                    contractualWeeks: Hundredths(3900), wholeTimeWeeks: Hundredths(5214),
                                    tranche: .pre2008Eightieths),
                      ServicePeriod(from: CalendarDate(2008, 4, 1), to: CalendarDate(2014, 3, 31),
                                    contractualHours: Hundredths(3700), wholeTimeHours: Hundredths(3700),
                                    contractualWeeks: nil, wholeTimeWeeks: nil, tranche: .from2008Sixtieths)],
            breaks: [ServiceBreak(from: CalendarDate(1999, 1, 1), to: CalendarDate(1999, 2, 1), reason: .strike)],
            addedYears: [AddedYearsContract(startedOn: CalendarDate(2000, 1, 1), endsOn: CalendarDate(2010, 1, 1),
                                            daysPurchased: 730, rate: Rate(basisPoints: 237))],
            careYears: [CareYear(schemeYear: SchemeYear(startYear: 2015), mainPay: Money(pence: 2_500_000),
                                 fiftyFiftyPay: Money(pence: 12_345), assumedPensionablePay: Money(pence: 1_000),
                                 earnedPension: Money(pence: 51_020), openingBalance: Money(pence: 51_000),
                                 revaluation: Money(pence: -51), revaluationRate: Rate(basisPoints: -10),
                                 transfersIn: Money(pence: 7), additionalPensionContributions: Money(pence: 8),
                                 sharedCostAdditionalPension: Money(pence: 9),
                                 additionalRegularContributions: Money(pence: 10),
                                 closingBalance: Money(pence: 102_003), employeeContributions: Money(pence: 160_000),
                                 employerContributions: Money(pence: 460_000)),
                        CareYear(schemeYear: SchemeYear(startYear: 2014), mainPay: Money(pence: 2_400_000),
                                 fiftyFiftyPay: .zero, assumedPensionablePay: .zero, earnedPension: Money(pence: 48_979),
                                 openingBalance: .zero, revaluation: .zero, revaluationRate: nil, transfersIn: .zero,
                                 additionalPensionContributions: .zero, sharedCostAdditionalPension: .zero,
                                 additionalRegularContributions: .zero, closingBalance: Money(pence: 48_979),
                                 employeeContributions: Money(pence: 150_000), employerContributions: Money(pence: 440_000))],
            debits: [Debit(kind: .pensionSharing, effectiveOn: CalendarDate(2018, 6, 1), annualAmount: Money(pence: 123_456),
                           cashAmount: Money(pence: 9_876_543), lumpSumAmount: Money(pence: 370_368),
                           survivorAnnualAmount: Money(pence: 61_728), reference: "PSO 2018/1"),
                     Debit(kind: .annualAllowanceSchemePays, effectiveOn: CalendarDate(2019, 7, 31),
                           annualAmount: Money(pence: 5_000), cashAmount: nil, reference: "AA 2018/19")],
            mcCloudFacts: [McCloudFact(kind: .earlierPublicServiceMembership, from: CalendarDate(1985, 1, 1),
                                       to: CalendarDate(1990, 8, 31), detail: "NHS Pension Scheme",
                                       evidence: "NHS Pensions confirmation")])
    }

    static func nominations() -> [Nomination] {
        [Nomination(name: "Tom Smith", relationship: "Son", dateOfBirth: CalendarDate(2000, 1, 2),
                    shareBasisPoints: 6_667, madeOn: CalendarDate(2024, 1, 1)),
         Nomination(name: "Ann Smith", relationship: "Daughter", dateOfBirth: nil, shareBasisPoints: 3_333,
                    madeOn: CalendarDate(2024, 1, 1))]
    }
}
