import Hummingbird
import LGPSRules
import LGPSStorage
import Logging

/// `/portal/details`: the member's personal details. Address and phone numbers can be changed here; name, date
/// of birth, NI number and marital status cannot (AC-4: only the contact fields are read from the form, anything
/// else sent is ignored), and the page says how to ask for a correction. The communication preference (online
/// or paper) is recorded with its evidence (AUDIT-3). Every change is audited with channel "portal" (AUDIT-1).
struct PortalDetailsController {
    let pages: PortalPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal/details", use: show)
        group.post("/portal/details/contact", use: saveContact)
        group.post("/portal/details/preference", use: savePreference)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let settings = try await pages.portal.settings(fundID: member.fundID)
        var model = PortalDetailsPage(context: context, person: member.person, accountEmail: member.account.email,
                                      form: PersonalDetailsForm(person: member.person), errors: [],
                                      contactText: settings.contactText)
        model.layout.flash = pages.takeFlash(context)
        return pages.render(model, "portal-details")
    }

    @Sendable func saveContact(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        var form = PersonalDetailsForm(person: member.person)
        form.addressLines = (1...ContactDetails.maximumAddressLines).map { context.form["addressLine\($0)"] }
        form.postcode = context.form["postcode"]
        form.homePhone = context.form["homePhone"]
        form.mobilePhone = context.form["mobilePhone"]
        switch validatePersonalDetails(form, person: member.person, today: pages.clock.today()) {
        case .invalid(let errors):
            context.logger.info("Contact details refused", metadata: [
                "event": "validation.refused", "form": "portal.contact",
                "fields": "\(errors.map(\.field).joined(separator: ","))",
            ])
            let settings = try await pages.portal.settings(fundID: member.fundID)
            let model = PortalDetailsPage(context: context, person: member.person, accountEmail: member.account.email,
                                          form: form, errors: errors, contactText: settings.contactText)
            return pages.render(model, "portal-details", status: .unprocessableContent)
        case .valid(let updated):
            var person = member.person
            person.contact.addressLines = updated.contact.addressLines
            person.contact.postcode = updated.contact.postcode
            person.contact.homePhone = updated.contact.homePhone
            person.contact.mobilePhone = updated.contact.mobilePhone
            try await save(person, member: member, message: "Your contact details have been updated", context)
            return HTML.redirect(to: "/portal/details")
        }
    }

    @Sendable func savePreference(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        guard let choice = DigitalChoice(rawValue: context.form["digitalChoice"]) else {
            let settings = try await pages.portal.settings(fundID: member.fundID)
            let model = PortalDetailsPage(context: context, person: member.person, accountEmail: member.account.email,
                                          form: PersonalDetailsForm(person: member.person),
                                          errors: [FieldError(field: "digitalChoice", message: "Select how you want us to send you letters and statements")],
                                          contactText: settings.contactText)
            return pages.render(model, "portal-details", status: .unprocessableContent)
        }
        var person = member.person
        if choice != person.digitalPreference.choice {
            let today = pages.clock.today()
            person.digitalPreference = DigitalPreference(
                choice: choice, recordedOn: today,
                evidence: "Chosen by the member in the portal on \(today.longUK) (account \(member.account.id))")
        }
        try await save(person, member: member, message: choice == .paper
            ? "We will send your letters and statements by post" : "We will send your letters and statements online",
                       context)
        return HTML.redirect(to: "/portal/details")
    }

    private func save(_ person: Person, member: PortalMember, message: String,
                      _ context: StaffRequestContext) async throws {
        if person != member.person {
            guard try await pages.dependencies.people.update(person, actor: member.actor) != nil else {
                throw WebError.notFound
            }
            context.logger.info("Member changed their details", metadata: [
                "event": "portal.details.changed", "account_id": "\(member.account.id)",
            ])
            pages.setFlash(message, context)
        } else {
            pages.setFlash("There were no changes to save", context)
        }
    }
}
