import Hummingbird
import LGPSRules
import LGPSStorage

/// `/people/{id}/nominations/edit`: replace a person's death grant nominations; shares must add up to 100%.
struct NominationsEditController {
    let pages: StaffPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/people/{id}/nominations/edit", use: show)
        group.post("/people/{id}/nominations/edit", use: save)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let person = try await pages.person(try pages.id("id", context), for: user, context)
        let current = try await pages.dependencies.people.nominations(fundID: user.fundID, personID: person.id)
        let model = NominationsEditPage(context: context, personID: person.id, member: person.fullName,
                                        rows: NominationsEditPage.rows(current), errors: [])
        return pages.render(model, "nominations-edit")
    }

    @Sendable func save(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let person = try await pages.person(try pages.id("id", context), for: user, context)
        let people = pages.dependencies.people
        let current = try await people.nominations(fundID: user.fundID, personID: person.id)
        let rows = (1...maximumNominationRows).map { number in
            NominationRow(name: context.form["name\(number)"], relationship: context.form["relationship\(number)"],
                          share: context.form["share\(number)"])
        }
        switch validateNominations(rows, current: current, today: pages.dependencies.clock.today()) {
        case .invalid(let errors):
            context.logger.info("Nominations refused", metadata: [
                "event": "validation.refused", "form": "nominations",
                "fields": "\(errors.map(\.field).joined(separator: ","))",
            ])
            let model = NominationsEditPage(context: context, personID: person.id, member: person.fullName,
                                            rows: rows, errors: errors)
            return pages.render(model, "nominations-edit", status: .unprocessableContent)
        case .valid(let nominations):
            try await people.replaceNominations(fundID: user.fundID, personID: person.id, nominations,
                                                actor: pages.actor(user))
            pages.setFlash(nominations.isEmpty ? "Nominations removed" : "Nominations saved", context)
            return HTML.redirect(to: "/people/\(person.id)")
        }
    }
}
