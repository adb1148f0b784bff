import Hummingbird
import LGPSStorage

/// `/` and `/search`: find a member by name, NI number, member number or payroll reference.
struct SearchController {
    let pages: StaffPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/", use: home)
        group.get("/search", use: search)
    }

    @Sendable func home(request: Request, context: StaffRequestContext) async throws -> Response {
        HTML.redirect(to: "/search")
    }

    @Sendable func search(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let query = try SearchQuery(request)
        var results: Page<PersonSummary>?
        if !query.text.isEmpty {
            results = try await pages.dependencies.people.search(fundID: user.fundID, query: query.text,
                                                                 page: query.page,
                                                                 pageSize: pages.configuration.searchPageSize)
        }
        let model = SearchPage(context: context, query: query.text, results: results, flash: pages.takeFlash(context))
        return pages.render(model, "search")
    }
}
