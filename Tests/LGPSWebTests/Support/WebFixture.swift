import Foundation
import LGPSRules
import LGPSStorage
import LGPSWeb

/// Two funds, each with a staff user, an employer, a member with a record and nominations; fund A also has 25
/// people surnamed "Pagetest" for paging.
struct WebFixture: Sendable {
    static let password = "correct horse battery staple"
    /// Hashed once per test process at the lowest allowed cost, for speed (AUTH-14 still holds: cost 10).
    static let passwordHash = StaffPasswordsForTests.hash

    var fundA: Fund
    var fundB: Fund
    var staffA: StaffUser
    var staffB: StaffUser
    var personA: Person
    var personB: Person
    var recordA: MemberRecord
    var recordB: MemberRecord

    static func seed(_ database: Database) async throws -> WebFixture {
        let repositories = database.repositories
        let system = LGPSStorage.Actor.system("tests")
        let fundA = try await repositories.funds.create(code: "AAA", name: "Fund A", actor: system)
        let fundB = try await repositories.funds.create(code: "BBB", name: "Fund B", actor: system)
        let staffA = try await repositories.staff.create(StaffUser(id: 0, fundID: fundA.id, email: "alice@fund-a.example",
                                                                   name: "Alice Officer", passwordHash: passwordHash,
                                                                   role: .officer), actor: system)
        let staffB = try await repositories.staff.create(StaffUser(id: 0, fundID: fundB.id, email: "bob@fund-b.example",
                                                                   name: "Bob Officer", passwordHash: passwordHash,
                                                                   role: .officer), actor: system)
        let (personA, recordA) = try await member(in: fundA, database: database, surname: "Archer", nino: "QQ123456A")
        let (personB, recordB) = try await member(in: fundB, database: database, surname: "Brookfield", nino: "QQ654321B")
        for index in 1...25 {
            var person = sample(fundID: fundA.id, surname: "Pagetest", nino: nil)
            person.forenames = "Person\(index < 10 ? "0" : "")\(index)"
            _ = try await repositories.people.create(person, actor: system)
        }
        return WebFixture(fundA: fundA, fundB: fundB, staffA: staffA, staffB: staffB, personA: personA,
                          personB: personB, recordA: recordA, recordB: recordB)
    }

    static func member(in fund: Fund, database: Database, surname: String,
                       nino: String) async throws -> (Person, MemberRecord) {
        let repositories = database.repositories
        let system = LGPSStorage.Actor.system("tests")
        let employer = try await repositories.employers.create(
            Employer(id: 0, fundID: fund.id, code: "E\(fund.code)", name: "\(fund.name) County Council",
                     kind: .council, rates: [EmployerRate(from: CalendarDate(2023, 4, 1), to: nil, rate: Rate(basisPoints: 1850))]),
            actor: system)
        let person = try await repositories.people.create(sample(fundID: fund.id, surname: surname, nino: nino), actor: system)
        try await repositories.people.replaceNominations(
            fundID: fund.id, personID: person.id,
            [Nomination(name: "Tom Archer", relationship: "Son", dateOfBirth: nil, shareBasisPoints: 6000,
                        madeOn: CalendarDate(2020, 1, 1)),
             Nomination(name: "Kate Archer", relationship: "Daughter", dateOfBirth: nil, shareBasisPoints: 4000,
                        madeOn: CalendarDate(2020, 1, 1))], actor: system)
        let record = PensionRecord(
            id: 0, fundID: fund.id, personID: person.id, memberNumber: "M-\(fund.code)-1", payrollReference: "PAY-\(fund.code)-7",
            employerID: employer.id, jobTitle: "Librarian", pensionableStart: CalendarDate(1995, 9, 1), leftOn: nil,
            statusHistory: [StatusPeriod(status: .active, from: CalendarDate(1995, 9, 1), to: nil)],
            sectionHistory: [SectionPeriod(section: .main, from: CalendarDate(2014, 4, 1), to: nil)], aggregationLinks: [])
        let memberRecord = MemberRecord(
            record: record,
            service: [ServicePeriod(from: CalendarDate(1995, 9, 1), to: CalendarDate(2014, 3, 31),
                                    contractualHours: Hundredths(1850), wholeTimeHours: Hundredths(3700),
                                    contractualWeeks: nil, wholeTimeWeeks: nil, tranche: .pre2008Eightieths)],
            breaks: [ServiceBreak(from: CalendarDate(1999, 1, 1), to: CalendarDate(1999, 2, 1), reason: .strike)],
            addedYears: [],
            careYears: [CareYear(schemeYear: SchemeYear(startYear: 2015), mainPay: Money(pence: 2_500_000),
                                 fiftyFiftyPay: .zero, assumedPensionablePay: .zero, earnedPension: Money(pence: 51_020),
                                 openingBalance: Money(pence: 51_000), revaluation: Money(pence: -51),
                                 revaluationRate: Rate(basisPoints: -10), transfersIn: .zero,
                                 additionalPensionContributions: .zero, sharedCostAdditionalPension: .zero,
                                 additionalRegularContributions: .zero, closingBalance: Money(pence: 101_969),
                                 employeeContributions: Money(pence: 160_000), employerContributions: Money(pence: 460_000))],
            debits: [Debit(kind: .pensionSharing, effectiveOn: CalendarDate(2018, 6, 1), annualAmount: Money(pence: 123_456),
                           cashAmount: nil, lumpSumAmount: Money(pence: 370_368),
                           survivorAnnualAmount: Money(pence: 61_728), reference: "PSO 2018/1")],
            mcCloudFacts: [McCloudFact(kind: .earlierPublicServiceMembership, from: CalendarDate(1985, 1, 1),
                                       to: CalendarDate(1990, 8, 31), detail: "NHS Pension Scheme",
                                       evidence: "NHS Pensions confirmation")])
        return (person, try await repositories.records.create(memberRecord, actor: system))
    }

    static func sample(fundID: Int64, surname: String, nino: String?) -> Person {
        Person(id: 0, fundID: fundID, title: "Mrs", forenames: "Jill", surname: surname,
               dateOfBirth: CalendarDate(1970, 2, 28), sex: .female,
               nationalInsuranceNumber: nino.flatMap(NationalInsuranceNumber.init),
               contact: ContactDetails(addressLines: ["Brookfield Farm", "Ambridge"], postcode: "AB1 2CD",
                                       email: "jill@example.org", homePhone: nil, mobilePhone: nil),
               digitalPreference: DigitalPreference(choice: .paper, recordedOn: CalendarDate(2024, 5, 3),
                                                    evidence: "Signed form received 3 May 2024"),
               relationship: .married,
               partner: Partner(forenames: "Phil", surname: surname, dateOfBirth: nil, since: CalendarDate(1995, 6, 17)))
    }
}

/// The fixture password hashed once.
enum StaffPasswordsForTests {
    static let hash = StaffPasswords.hash(WebFixture.password, cost: 10)
}
