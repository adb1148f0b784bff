import LGPSRules
import Testing
@testable import LGPSStorage

/// Migration 021: a pension credit member's record keeps its pension credit (WRPA 1999 s. 29; SI 2013/2356
/// reg. 89(1) needs it for the annual benefit statement).
@Suite("Pension credits")
struct PensionCreditStorageTests {
    static func creditRecord(fundID: Int64, personID: Int64, employerID: Int64,
                             credit: PensionCredit?) -> MemberRecord {
        let record = PensionRecord(
            id: 0, fundID: fundID, personID: personID, memberNumber: "M0009001", payrollReference: "PC-1",
            employerID: employerID, jobTitle: "Pension credit member", pensionableStart: CalendarDate(2019, 6, 14),
            leftOn: nil, statusHistory: [StatusPeriod(status: .pensionCredit, from: CalendarDate(2019, 6, 14), to: nil)],
            sectionHistory: [], aggregationLinks: [])
        return MemberRecord(record: record, service: [], breaks: [], addedYears: [], careYears: [], debits: [],
                            mcCloudFacts: [], pensionCredit: credit)
    }

    @Test("A pension credit's amount, transfer day and debited member reference round trip, one record and several at once",
          arguments: Backend.all)
    func roundTrip(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let fund = try await Fixtures.fund(db)
            let employer = try await db.repositories.employers.create(Fixtures.employer(fundID: fund.id),
                                                                      actor: Fixtures.staff)
            let person = try await db.repositories.people.create(Fixtures.person(fundID: fund.id), actor: Fixtures.staff)
            let repo = db.repositories.records
            let credit = PensionCredit(annualAmount: Money(pence: 345_678), transferDay: CalendarDate(2019, 6, 14),
                                       debitedMemberReference: "M0001234")
            let withCredit = try await repo.create(Self.creditRecord(fundID: fund.id, personID: person.id,
                                                                     employerID: employer.id, credit: credit),
                                                   actor: Fixtures.staff)
            var noReference = credit
            noReference.debitedMemberReference = nil
            let withoutReference = try await repo.create(Self.creditRecord(fundID: fund.id, personID: person.id,
                                                                           employerID: employer.id, credit: noReference),
                                                         actor: Fixtures.staff)
            let missing = try await repo.create(Self.creditRecord(fundID: fund.id, personID: person.id,
                                                                  employerID: employer.id, credit: nil),
                                                actor: Fixtures.staff)
            #expect(try await repo.get(fundID: fund.id, id: withCredit.record.id) == withCredit)
            #expect(try await repo.get(fundID: fund.id, id: withCredit.record.id)?.pensionCredit == credit)
            let many = try await repo.getMany(fundID: fund.id, ids: [missing.record.id, withoutReference.record.id,
                                                                     withCredit.record.id])
            #expect(many.map(\.pensionCredit) == [nil, noReference, credit])
            let other = try await Fixtures.fund(db, code: "B")
            #expect(try await repo.get(fundID: other.id, id: withCredit.record.id) == nil)
        }
    }
}
