import Hummingbird
import LGPSPortal
import LGPSStorage

/// `/records/{id}/payroll/{document}`: a P60 or payslip imported for the record, for staff of the record's fund
/// (another fund's record or document is not found, AC-6), served as the member gets it.
struct RecordPayrollController {
    let pages: StaffPages
    let casework: CaseworkServices

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/records/{id}/payroll/{document}", use: download)
    }

    @Sendable func download(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let member = try await pages.record(try pages.id("id", context), for: user, context)
        let id = try pages.id("document", context)
        guard let payroll = casework.payroll, let document = try await payroll.get(fundID: user.fundID, personID: nil, id: id),
              document.recordID == member.record.id else {
            pages.logNotFound(user, entity: "payroll_document", id: id, context)
            throw WebError.notFound
        }
        return try PortalPayrollController.response(document, files: casework.files)
    }
}
