import Foundation
import Hummingbird
import LGPSPortal
import LGPSStorage

/// `/portal/records/{id}/payroll/{document}`: a pensioner's own P60 or payslip as a PDF attachment. Another
/// member's record or document is not found (AC-3), and a document must belong to the record in the path.
struct PortalPayrollController {
    let pages: PortalPages
    let casework: CaseworkServices

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal/records/{id}/payroll/{document}", use: download)
    }

    @Sendable func download(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let record = try await pages.ownRecord(try pages.id("id", context), of: member, context)
        let id = try pages.id("document", context)
        guard let payroll = casework.payroll,
              let document = try await payroll.get(fundID: member.fundID, personID: member.person.id, id: id),
              document.recordID == record.record.id else {
            context.logger.notice("Refused access to a payroll document the member does not hold", metadata: [
                "event": "security.authorization.refused", "account_id": "\(member.account.id)",
                "entity": "payroll_document", "entity_id": "\(id)",
            ])
            throw WebError.notFound
        }
        return try Self.response(document, files: casework.files)
    }

    /// The document as a PDF attachment named for what it is ("P60-2024-25.pdf"), as uploads are served (FILE-6).
    static func response(_ document: PayrollDocument, files: DocumentStore) throws -> Response {
        let name = "\(document.kind == .p60 ? "P60" : "Payslip")-\(document.period).pdf"
        let served = MemberDocument(id: document.id, fundID: document.fundID, personID: document.personID,
                                    recordID: document.recordID, taskID: 0, originalName: name,
                                    mediaType: "application/pdf", byteCount: document.byteCount,
                                    sha256: document.sha256, storageKey: document.storageKey, status: .accepted,
                                    createdAt: document.createdAt)
        return try DocumentDownload.response(served, files: files)
    }

    /// The record's P60s and payslips for its page, newest first.
    /// `pathPrefix` is where the record's pages are: `/portal/records` for the member, `/records` for staff.
    static func lines(_ documents: [PayrollDocument], recordID: Int64,
                      pathPrefix: String = "/portal/records") -> [PortalRecordPage.PayrollLine] {
        documents.filter { $0.recordID == recordID }.map { document in
            let p60 = document.kind == .p60
            let period = PayrollPeriod.label(document.period, p60: p60)
            return PortalRecordPage.PayrollLine(
                what: p60 ? "P60" : "Payslip", period: period,
                href: "\(pathPrefix)/\(recordID)/payroll/\(document.id)",
                linkText: "Download \(p60 ? "P60" : "payslip") for \(period) (PDF)")
        }
    }
}
