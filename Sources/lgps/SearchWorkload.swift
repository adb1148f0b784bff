import LGPSGenerate
import LGPSStorage

/// A mixed set of searches built from people found in the fund (deterministic for a fund's contents).
struct SearchWorkload {
    /// One search: the text typed, the page asked for and what kind of search it is.
    struct Query {
        var kind: String
        var text: String
        var page: Int
    }

    static let letters = Array("abcdefghijklmnopqrstuvwxyz").map(String.init)
    static let samplePageSize = 50

    /// Finds sample people by browsing a spread of pages for each initial letter, then builds `count` queries.
    static func sample(fundID: Int64, people: any PersonRepository, records: any RecordRepository,
                       count: Int) async throws -> [Query] {
        var generator = SplitMix64(seed: 0x5EED)
        var sample: [PersonSummary] = []
        for letter in letters {
            let first = try await people.search(fundID: fundID, query: letter, page: 1, pageSize: samplePageSize)
            sample += first.items
            if first.pageCount > 1 {
                let page = 1 + Int(generator.next() % UInt64(first.pageCount))
                sample += try await people.search(fundID: fundID, query: letter, page: page, pageSize: samplePageSize).items
            }
        }
        guard !sample.isEmpty else { return [] }
        var queries: [Query] = []
        while queries.count < count {
            let person = sample[Int(generator.next() % UInt64(sample.count))]
            switch queries.count % 7 {
            case 0: queries.append(Query(kind: "surname prefix", text: String(person.surname.lowercased().prefix(3)), page: 1))
            case 1: queries.append(Query(kind: "surname", text: person.surname, page: 1))
            case 2: queries.append(Query(kind: "forename and surname", text: "\(person.forenames.split(separator: " ").first ?? "") \(person.surname)", page: 1))
            case 3: queries.append(Query(kind: "NI number", text: person.nationalInsuranceNumber ?? person.surname, page: 1))
            case 4: queries.append(Query(kind: "member number", text: person.memberNumbers.first ?? person.surname, page: 1))
            case 5:
                let summaries = try await records.summaries(fundID: fundID, personID: person.personID)
                queries.append(Query(kind: "payroll reference", text: summaries.first?.payrollReference ?? person.surname, page: 1))
            default:
                queries.append(Query(kind: "later page", text: String(person.surname.lowercased().prefix(1)),
                                     page: 2 + Int(generator.next() % 20)))
            }
        }
        return queries
    }
}
