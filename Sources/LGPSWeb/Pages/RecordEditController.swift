import Hummingbird
import LGPSRules
import LGPSStorage

/// `/records/{id}/edit`: change a record's pensionable start date, leaving date and job title. Leaving before
/// joining, or joining before the 16th birthday, is refused (VAL-2) and changes nothing.
struct RecordEditController {
    let pages: StaffPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/records/{id}/edit", use: show)
        group.post("/records/{id}/edit", use: save)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let record = try await pages.record(try pages.id("id", context), for: user, context).record
        let model = RecordEditPage(context: context, recordID: record.id, caption: "Record \(record.memberNumber)",
                                   form: RecordDetailsForm(record: record), errors: [])
        return pages.render(model, "record-edit")
    }

    @Sendable func save(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let record = try await pages.record(try pages.id("id", context), for: user, context).record
        let person = try await pages.person(record.personID, for: user, context)
        var form = RecordDetailsForm()
        let fields = context.form
        form.pensionableStartDay = fields["pensionableStart-day"]
        form.pensionableStartMonth = fields["pensionableStart-month"]
        form.pensionableStartYear = fields["pensionableStart-year"]
        form.leftOnDay = fields["leftOn-day"]
        form.leftOnMonth = fields["leftOn-month"]
        form.leftOnYear = fields["leftOn-year"]
        form.jobTitle = fields["jobTitle"]
        let today = pages.dependencies.clock.today()
        switch validateRecordDetails(form, record: record, dateOfBirth: person.dateOfBirth, today: today) {
        case .invalid(let errors):
            context.logger.info("Record details refused", metadata: [
                "event": "validation.refused", "form": "record",
                "fields": "\(errors.map(\.field).joined(separator: ","))",
            ])
            let model = RecordEditPage(context: context, recordID: record.id, caption: "Record \(record.memberNumber)",
                                       form: form, errors: errors)
            return pages.render(model, "record-edit", status: .unprocessableContent)
        case .valid(let updated):
            if updated != record {
                guard try await pages.dependencies.records.update(updated, actor: pages.actor(user)) != nil else {
                    throw WebError.notFound
                }
                pages.setFlash("Record details saved", context)
            } else {
                pages.setFlash("No changes to save", context)
            }
            return HTML.redirect(to: "/records/\(record.id)")
        }
    }
}
