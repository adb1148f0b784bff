import Hummingbird
import LGPSStorage

/// `/people/{id}`: everything about a person in the signed-in user's fund.
struct PersonController {
    let pages: StaffPages
    /// Most audit entries shown on a page.
    static let historyLimit = 50
    /// Most emails shown on a page.
    static let emailLimit = 50

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/people/{id}", use: show)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let person = try await pages.person(try pages.id("id", context), for: user, context)
        let dependencies = pages.dependencies
        async let nominations = dependencies.people.nominations(fundID: user.fundID, personID: person.id)
        async let records = dependencies.records.summaries(fundID: user.fundID, personID: person.id)
        async let personHistory = dependencies.audit.history(fundID: user.fundID, entity: "person",
                                                            entityID: person.id, limit: Self.historyLimit)
        async let nominationHistory = dependencies.audit.history(fundID: user.fundID, entity: "nomination",
                                                                entityID: person.id, limit: Self.historyLimit)
        async let notifications = dependencies.portal.notifications.list(fundID: user.fundID, personID: person.id,
                                                                         limit: Self.emailLimit)
        async let undeliverable = dependencies.portal.notifications.undeliverableAddresses(fundID: user.fundID,
                                                                                           personID: person.id)
        let history = try await (personHistory + nominationHistory).sorted { $0.sequence > $1.sequence }
            .prefix(Self.historyLimit)
        let model = try await PersonPage(context: context, person: person, nominations: nominations,
                                         records: records, history: Array(history),
                                         emails: PersonEmailsModel(notifications: notifications,
                                                                   undeliverable: undeliverable),
                                         flash: pages.takeFlash(context))
        return pages.render(model, "person")
    }
}
