import Hummingbird
import LGPSPortal
import LGPSRules
import LGPSStorage

/// `/records/{id}/payroll/new`: staff add one P60 or payslip to a record of their fund (AC-6), checked as the
/// manifest import checks it — the period's shape, a PDF by its bytes, 2 MB or less (FILE-1, FILE-3) — stored
/// outside the web root (FILE-5) and audited. One already held for the same period is refused.
struct RecordPayrollUploadController {
    let pages: StaffPages
    let casework: CaseworkServices

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/records/{id}/payroll/new", use: show)
        group.post("/records/{id}/payroll/new", use: add)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let member = try await pages.record(try pages.id("id", context), for: user, context)
        return pages.render(RecordPayrollUploadPage(context: context, record: member, kind: "", period: "", errors: []),
                            "record-payroll-new")
    }

    @Sendable func add(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let member = try await pages.record(try pages.id("id", context), for: user, context)
        guard let payroll = casework.payroll else { throw WebError.notFound }
        let form = context.form
        let kind = PayrollDocument.Kind(rawValue: form["kind"])
        let period = form["period"].trimmingWhitespace()
        var errors: [FieldError] = []
        if kind == nil { errors.append(FieldError(field: "kind", message: "Select whether it is a P60 or a payslip")) }
        if let kind, !PayrollPeriod.isValid(period, p60: kind == .p60) {
            errors.append(FieldError(field: "period", message: kind == .p60
                ? "Enter the tax year like 2024-25" : "Enter the month like 2025-10"))
        }
        let bytes = context.upload?.part("file")?.body ?? []
        if let problem = PayrollDocumentImporter.fileProblem(bytes) {
            errors.append(FieldError(field: "file", message: problem))
        }
        func refuse(_ errors: [FieldError]) -> Response {
            pages.render(RecordPayrollUploadPage(context: context, record: member, kind: form["kind"], period: period,
                                                 errors: errors),
                         "record-payroll-new", status: .unprocessableContent)
        }
        guard errors.isEmpty, let kind else { return refuse(errors) }
        let stored = try casework.files.write(bytes)
        let document = PayrollDocument(id: 0, fundID: user.fundID, personID: member.record.personID,
                                       recordID: member.record.id, kind: kind, period: period,
                                       byteCount: stored.byteCount, sha256: stored.sha256, storageKey: stored.key,
                                       createdAt: pages.dependencies.clock.now(), createdBy: pages.actor(user).id)
        let added: [PayrollDocument]
        do {
            added = try await payroll.add([document], actor: pages.actor(user))
        } catch {
            casework.files.remove(key: stored.key)
            throw error
        }
        let what = kind == .p60 ? "P60" : "payslip"
        let label = PayrollPeriod.label(period, p60: kind == .p60)
        guard !added.isEmpty else {
            casework.files.remove(key: stored.key)
            return refuse([FieldError(field: "period", message: "This record already has a \(what) for \(label)")])
        }
        pages.setFlash("The \(what) for \(label) has been added", context)
        return HTML.redirect(to: "/records/\(member.record.id)")
    }
}
