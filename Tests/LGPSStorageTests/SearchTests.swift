import LGPSRules
import Testing
@testable import LGPSStorage

@Suite("Search")
struct SearchTests {
    /// Seeds a fund with Smiths, a Smithson, a Jones and one person in another fund.
    static func seed(_ db: Database) async throws -> (fund: Fund, other: Fund, people: [Person]) {
        let fund = try await Fixtures.fund(db, code: "A")
        let other = try await Fixtures.fund(db, code: "B")
        let employer = try await db.repositories.employers.create(Fixtures.employer(fundID: fund.id), actor: Fixtures.staff)
        let names = [("Jane", "Smith", "QQ123456C"), ("John", "Smith", "QQ654321A"), ("Alice", "Smithson", nil),
                     ("Joan", "Jones", "QQ111111B"), ("Zoe", "SMITH", nil)]
        var people: [Person] = []
        for (index, (forenames, surname, nino)) in names.enumerated() {
            let person = try await db.repositories.people.create(
                Fixtures.person(fundID: fund.id, forenames: forenames, surname: surname, nino: nino), actor: Fixtures.staff)
            people.append(person)
            _ = try await db.repositories.records.create(
                Fixtures.memberRecord(fundID: fund.id, personID: person.id, employerID: employer.id,
                                      memberNumber: "M\(1000 + index)", payroll: "P-\(500 + index)"),
                actor: Fixtures.staff)
        }
        _ = try await db.repositories.people.create(Fixtures.person(fundID: other.id, forenames: "Sam", surname: "Smith"),
                                                    actor: Fixtures.staff)
        return (fund, other, people)
    }

    @Test("A surname prefix finds every matching surname in name order, only in the fund", arguments: Backend.all)
    func surnamePrefix(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, _, people) = try await Self.seed(db)
            let page = try await db.repositories.people.search(fundID: fund.id, query: "smi", page: 1, pageSize: 20)
            #expect(page.total == 4)
            #expect(page.items.map(\.forenames) == ["Jane", "John", "Zoe", "Alice"])
            let jane = try #require(page.items.first)
            #expect(jane.personID == people[0].id)
            #expect(jane.name == "Mrs Jane Smith")
            #expect(jane.memberNumbers == ["M1000"])
            #expect(jane.nationalInsuranceNumber == "QQ123456C")
            #expect(jane.postcode == "AB1 2CD")
            #expect(jane.dateOfBirth == CalendarDate(1970, 2, 28))
        }
    }

    @Test("Forename and surname prefixes narrow the search", arguments: Backend.all)
    func forenameAndSurname(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, _, _) = try await Self.seed(db)
            let repo = db.repositories.people
            let page = try await repo.search(fundID: fund.id, query: "jo smith", page: 1, pageSize: 20)
            #expect(page.items.map(\.forenames) == ["John"])
            #expect(try await repo.search(fundID: fund.id, query: "  J   Jones ", page: 1, pageSize: 20).total == 1)
            #expect(try await repo.search(fundID: fund.id, query: "nobody", page: 1, pageSize: 20).total == 0)
            #expect(try await repo.search(fundID: fund.id, query: "", page: 1, pageSize: 20).total == 0)
        }
    }

    @Test("A National Insurance number matches in any spacing or case", arguments: Backend.all)
    func nationalInsuranceNumber(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, other, people) = try await Self.seed(db)
            for query in ["QQ123456C", "qq 12 34 56 c", " Qq123456 C "] {
                let page = try await db.repositories.people.search(fundID: fund.id, query: query, page: 1, pageSize: 20)
                #expect(page.items.map(\.personID) == [people[0].id], "query \(query)")
            }
            let elsewhere = try await db.repositories.people.search(fundID: other.id, query: "QQ654321A", page: 1,
                                                                     pageSize: 20)
            #expect(elsewhere.total == 0)
        }
    }

    @Test("A member number or payroll reference finds its person", arguments: Backend.all)
    func references(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, other, people) = try await Self.seed(db)
            let repo = db.repositories.people
            #expect(try await repo.search(fundID: fund.id, query: "M1003", page: 1, pageSize: 20).items.map(\.personID)
                == [people[3].id])
            #expect(try await repo.search(fundID: fund.id, query: "P-501", page: 1, pageSize: 20).items.map(\.personID)
                == [people[1].id])
            #expect(try await repo.search(fundID: other.id, query: "M1003", page: 1, pageSize: 20).total == 0)
            #expect(try await repo.search(fundID: fund.id, query: "M9999", page: 1, pageSize: 20).total == 0)
        }
    }

    @Test("Pages hold pageSize results in order and report the total", arguments: Backend.all)
    func paging(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, _, _) = try await Self.seed(db)
            let repo = db.repositories.people
            let first = try await repo.search(fundID: fund.id, query: "smith", page: 1, pageSize: 2)
            let second = try await repo.search(fundID: fund.id, query: "smith", page: 2, pageSize: 2)
            let third = try await repo.search(fundID: fund.id, query: "smith", page: 3, pageSize: 2)
            #expect(first.total == 4 && second.total == 4 && third.total == 4)
            #expect(first.pageCount == 2)
            #expect(first.items.map(\.forenames) + second.items.map(\.forenames) == ["Jane", "John", "Zoe", "Alice"])
            #expect(third.items.isEmpty)
        }
    }

    @Test("Query parsing tells NI numbers, references and names apart")
    func parsing() {
        #expect(SearchQuery("qq 12 34 56 c") == .nationalInsuranceNumber("QQ123456C"))
        #expect(SearchQuery("M123") == .reference("M123"))
        #expect(SearchQuery("Smith") == .name(surname: "smith", forenames: nil))
        #expect(SearchQuery("Jane Mary Smith") == .name(surname: "smith", forenames: "jane"))
        #expect(SearchKey.upperBound("smi") == "smj")
    }
}
