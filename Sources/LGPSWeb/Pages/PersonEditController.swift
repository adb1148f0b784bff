import Hummingbird
import LGPSRules
import LGPSStorage

/// `/people/{id}/edit`: change a person's personal details. Invalid input is shown again with its errors and a
/// 422, changing nothing; valid input is saved with an audit entry (AUDIT-1).
struct PersonEditController {
    let pages: StaffPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/people/{id}/edit", use: show)
        group.post("/people/{id}/edit", use: save)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let person = try await pages.person(try pages.id("id", context), for: user, context)
        let model = PersonEditPage(context: context, personID: person.id, name: person.fullName,
                                   form: PersonalDetailsForm(person: person), errors: [])
        return pages.render(model, "person-edit")
    }

    @Sendable func save(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let person = try await pages.person(try pages.id("id", context), for: user, context)
        let form = Self.form(from: context.form)
        switch validatePersonalDetails(form, person: person, today: pages.dependencies.clock.today()) {
        case .invalid(let errors):
            context.logger.info("Personal details refused", metadata: [
                "event": "validation.refused", "form": "person", "fields": "\(errors.map(\.field).joined(separator: ","))",
            ])
            let model = PersonEditPage(context: context, personID: person.id, name: person.fullName, form: form,
                                       errors: errors)
            return pages.render(model, "person-edit", status: .unprocessableContent)
        case .valid(let updated):
            if updated != person {
                guard try await pages.dependencies.people.update(updated, actor: pages.actor(user)) != nil else {
                    throw WebError.notFound
                }
                pages.setFlash("Personal details saved", context)
            } else {
                pages.setFlash("No changes to save", context)
            }
            return HTML.redirect(to: "/people/\(person.id)")
        }
    }

    /// The raw form as typed.
    static func form(from fields: FormFields) -> PersonalDetailsForm {
        var form = PersonalDetailsForm()
        form.title = fields["title"]
        form.forenames = fields["forenames"]
        form.surname = fields["surname"]
        form.dateOfBirthDay = fields["dateOfBirth-day"]
        form.dateOfBirthMonth = fields["dateOfBirth-month"]
        form.dateOfBirthYear = fields["dateOfBirth-year"]
        form.nationalInsuranceNumber = fields["nationalInsuranceNumber"]
        form.addressLines = (1...ContactDetails.maximumAddressLines).map { fields["addressLine\($0)"] }
        form.postcode = fields["postcode"]
        form.email = fields["email"]
        form.homePhone = fields["homePhone"]
        form.mobilePhone = fields["mobilePhone"]
        form.digitalChoice = fields["digitalChoice"]
        form.digitalEvidence = fields["digitalEvidence"]
        return form
    }
}
