import Hummingbird
import LGPSRules
import LGPSStorage

/// Members' uploads: `/portal/documents/new` takes a certificate or form against one of their own records,
/// checked by ``UploadPolicy`` (FILE-1, 3, 7, 8), stored outside the web root (FILE-5) and put in the staff work
/// queue as a task (AUDIT-2); `/portal/documents/{id}` downloads the member's own document (FILE-6, AC-3).
struct PortalDocumentsController {
    let pages: PortalPages
    let casework: CaseworkServices

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal/documents/new", use: new)
        group.post("/portal/documents/new", use: upload)
        group.get("/portal/documents/{id}", use: download)
    }

    @Sendable func new(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let records = try await pages.dependencies.records.summaries(fundID: member.fundID, personID: member.person.id)
        return pages.render(PortalDocumentNewPage(context: context, records: records, recordID: "", documentType: "",
                                                  errors: []), "portal-documents-new")
    }

    @Sendable func upload(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let records = try await pages.dependencies.records.summaries(fundID: member.fundID, personID: member.person.id)
        let recordValue = context.form["recordID"], typeValue = context.form["documentType"]
        var errors: [FieldError] = []
        if let error = MessageForm.recordError(recordValue, ownRecords: records) { errors.append(error) }
        let type = PortalDocumentNewPage.kinds.first { $0.value == typeValue }
        if type == nil { errors.append(FieldError(field: "documentType", message: "Select what you are sending")) }
        let file = context.upload?.part("file")
        var decision = UploadPolicy.Decision.refused("Select a file")
        if let file, let filename = file.filename, !filename.isEmpty {
            let usage = try await casework.tasks.documentUsage(fundID: member.fundID, personID: member.person.id)
            decision = casework.policy.check(file.body, usage: usage)
        }
        guard errors.isEmpty, let file, let type, let recordID = Int64(recordValue),
              case .store(let fileType, let status, let bytes) = decision else {
            if case .refused(let message) = decision { errors.append(FieldError(field: "file", message: message)) }
            logRefusal(errors, form: "portal.document", member: member, recordID: recordValue, context)
            let model = PortalDocumentNewPage(context: context, records: records, recordID: recordValue,
                                              documentType: typeValue, errors: errors)
            return pages.render(model, "portal-documents-new", status: .unprocessableContent)
        }
        let task = try await store(file, bytes: bytes, type: fileType, status: status, label: type.label,
                                   recordID: recordID, member: member)
        context.logger.info("Member uploaded a document", metadata: [
            "event": "portal.task.created", "account_id": "\(member.account.id)", "task_id": "\(task.id)",
            "scan": "\(status == .quarantined ? "matched" : "clean")",
        ])
        pages.setFlash("We have received your document", context)
        return HTML.redirect(to: "/portal/messages/\(task.id)")
    }

    @Sendable func download(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let id = try pages.id("id", context)
        guard let document = try await casework.tasks.document(fundID: member.fundID, personID: member.person.id,
                                                               id: id) else {
            context.logger.notice("Refused access to a document the member does not hold", metadata: [
                "event": "security.authorization.refused", "account_id": "\(member.account.id)",
                "entity": "member_document", "entity_id": "\(id)",
            ])
            throw WebError.notFound
        }
        return try DocumentDownload.response(document, files: casework.files)
    }

    /// Writes the bytes durably, then the task and document rows in one transaction; if the rows cannot be
    /// written the file is removed again, so nothing is half stored.
    private func store(_ file: MultipartForm.Part, bytes: [UInt8], type: UploadPolicy.FileType, status: DocumentStatus,
                       label: String, recordID: Int64, member: PortalMember) async throws -> WorkTask {
        let stored = try casework.files.write(bytes)
        let now = pages.clock.now()
        let task = WorkTask(id: 0, fundID: member.fundID, personID: member.person.id, recordID: recordID,
                            kind: .document, status: .open, subject: label, createdAt: now, updatedAt: now,
                            channel: .portal, assignedTo: nil)
        let document = MemberDocument(id: 0, fundID: member.fundID, personID: member.person.id, recordID: recordID,
                                      taskID: 0, originalName: UploadPolicy.displayName(file.filename ?? ""),
                                      mediaType: type.rawValue, byteCount: stored.byteCount, sha256: stored.sha256,
                                      storageKey: stored.key, status: status, createdAt: now)
        do {
            return try await casework.tasks.createTask(task, document: document, actor: member.actor).0
        } catch {
            casework.files.remove(key: stored.key)
            throw error
        }
    }
}
