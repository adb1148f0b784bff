import LGPSStorage

/// `GET /api/v1/search` response: one page of people.
struct APISearchResponse: Codable, Sendable {
    struct Item: Codable, Sendable {
        var id: Int64
        var name: String
        var forenames: String
        var surname: String
        var dateOfBirth: String
        var nationalInsuranceNumber: String?
        var postcode: String
        var memberNumbers: [String]
        var href: String
    }

    var query: String
    var page: Int
    var pageSize: Int
    var pageCount: Int
    var total: Int
    var items: [Item]

    init(query: String, results: Page<PersonSummary>) {
        self.query = query
        page = results.page
        pageSize = results.pageSize
        pageCount = results.pageCount
        total = results.total
        items = results.items.map {
            Item(id: $0.personID, name: $0.name, forenames: $0.forenames, surname: $0.surname,
                 dateOfBirth: $0.dateOfBirth.description, nationalInsuranceNumber: $0.nationalInsuranceNumber,
                 postcode: $0.postcode, memberNumbers: $0.memberNumbers, href: "/api/v1/people/\($0.personID)")
        }
    }
}
