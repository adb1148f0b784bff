import Hummingbird
import LGPSRules
import LGPSStorage

/// `/records/{id}/debits/new`: record a pension sharing order's or a scheme pays debit against a record, with its
/// lump sum and survivor's pension parts. Bad input gets field errors and changes nothing (VAL-1, VAL-2); a
/// record in another fund is not found (AC-3). Statements and calculations read the debit from then on.
struct DebitNewController {
    let pages: StaffPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/records/{id}/debits/new", use: show)
        group.post("/records/{id}/debits/new", use: save)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let record = try await pages.record(try pages.id("id", context), for: user, context).record
        let model = DebitNewPage(context: context, recordID: record.id, caption: "Record \(record.memberNumber)",
                                 form: DebitForm(), errors: [])
        return pages.render(model, "debit-new")
    }

    @Sendable func save(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let record = try await pages.record(try pages.id("id", context), for: user, context).record
        let fields = context.form
        var form = DebitForm()
        form.kind = fields["kind"]
        form.effectiveDay = fields["effectiveOn-day"]
        form.effectiveMonth = fields["effectiveOn-month"]
        form.effectiveYear = fields["effectiveOn-year"]
        form.annualAmount = fields["annualAmount"]
        form.lumpSumAmount = fields["lumpSumAmount"]
        form.survivorAmount = fields["survivorAmount"]
        form.cashAmount = fields["cashAmount"]
        form.reference = fields["reference"]
        switch validateDebit(form, record: record, today: pages.dependencies.clock.today()) {
        case .invalid(let errors):
            context.logger.info("Debit refused", metadata: [
                "event": "validation.refused", "form": "debit",
                "fields": "\(errors.map(\.field).joined(separator: ","))",
            ])
            let model = DebitNewPage(context: context, recordID: record.id, caption: "Record \(record.memberNumber)",
                                     form: form, errors: errors)
            return pages.render(model, "debit-new", status: .unprocessableContent)
        case .valid(let debit):
            guard try await pages.dependencies.records.addDebit(debit, recordID: record.id, fundID: user.fundID,
                                                                actor: pages.actor(user)) else {
                throw WebError.notFound
            }
            pages.setFlash("\(debit.kind.label) debit added", context)
            return HTML.redirect(to: "/records/\(record.id)")
        }
    }
}
