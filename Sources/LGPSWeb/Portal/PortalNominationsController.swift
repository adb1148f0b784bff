import Hummingbird
import LGPSRules
import LGPSStorage
import Logging

/// `/portal/nominations`: the member says who should get their death grant (shares must total 100%). Only after
/// confirming who they are (SESS-6), audited (AUDIT-1), and followed by an email saying it changed (AUTH-18: a
/// classic route to pension fraud).
struct PortalNominationsController {
    let pages: PortalPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal/nominations", use: show)
        group.post("/portal/nominations", use: save)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        if let challenge = ReauthenticateController.challenge(context, clock: pages.clock, next: "/portal/nominations") {
            return challenge
        }
        let current = try await pages.dependencies.people.nominations(fundID: member.fundID, personID: member.person.id)
        let model = NominationsEditPage.portal(context: context, member: member.person.fullName,
                                               rows: NominationsEditPage.rows(current), errors: [])
        return pages.render(model, "nominations-edit")
    }

    @Sendable func save(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        if let challenge = ReauthenticateController.challenge(context, clock: pages.clock, next: "/portal/nominations") {
            return challenge
        }
        let people = pages.dependencies.people
        let current = try await people.nominations(fundID: member.fundID, personID: member.person.id)
        let rows = (1...maximumNominationRows).map { number in
            NominationRow(name: context.form["name\(number)"], relationship: context.form["relationship\(number)"],
                          share: context.form["share\(number)"])
        }
        switch validateNominations(rows, current: current, today: pages.clock.today()) {
        case .invalid(let errors):
            context.logger.info("Nominations refused", metadata: [
                "event": "validation.refused", "form": "portal.nominations",
                "fields": "\(errors.map(\.field).joined(separator: ","))",
            ])
            let model = NominationsEditPage.portal(context: context, member: member.person.fullName, rows: rows,
                                                   errors: errors)
            return pages.render(model, "nominations-edit", status: .unprocessableContent)
        case .valid(let nominations):
            try await people.replaceNominations(fundID: member.fundID, personID: member.person.id, nominations,
                                                actor: member.actor)
            try await CodeChecker(pages: pages).notify(member.account, template: "nominations-changed")
            pages.setFlash(nominations.isEmpty ? "Your nominations have been removed" : "Your nominations have been saved",
                           context)
            return HTML.redirect(to: "/portal/home")
        }
    }
}
