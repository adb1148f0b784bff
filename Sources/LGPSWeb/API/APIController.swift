import Hummingbird
import LGPSStorage

/// The JSON API under `/api/v1` (same session cookie as the pages; 401 problem+json when signed out).
struct APIController {
    let pages: StaffPages
    /// The OpenAPI document, served as is.
    let openAPIDocument: [UInt8]

    func addPublicRoutes(to router: Router<StaffRequestContext>) {
        router.get("/api/v1/openapi.json", use: openAPI)
    }

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/search", use: search)
        group.get("/people/{id}", use: person)
        group.get("/records/{id}", use: record)
    }

    @Sendable func openAPI(request: Request, context: StaffRequestContext) async throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "public, max-age=300"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: openAPIDocument)))
    }

    @Sendable func search(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let query = try SearchQuery(request)
        guard !query.text.isEmpty else {
            throw WebError.badRequest([.init(field: "q", message: "Enter a name, NI number, member number or payroll reference")])
        }
        let results = try await pages.dependencies.people.search(fundID: user.fundID, query: query.text,
                                                                 page: query.page,
                                                                 pageSize: pages.configuration.searchPageSize)
        return try APIJSON.response(APISearchResponse(query: query.text, results: results))
    }

    @Sendable func person(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let person = try await pages.person(try pages.id("id", context), for: user, context)
        async let nominations = pages.dependencies.people.nominations(fundID: user.fundID, personID: person.id)
        async let records = pages.dependencies.records.summaries(fundID: user.fundID, personID: person.id)
        return try APIJSON.response(try await APIPerson(person: person, nominations: nominations, records: records))
    }

    @Sendable func record(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let member = try await pages.record(try pages.id("id", context), for: user, context)
        let employer = try await pages.dependencies.employers.get(fundID: user.fundID, id: member.record.employerID)
        return try APIJSON.response(APIRecord(member, employer: employer))
    }
}
