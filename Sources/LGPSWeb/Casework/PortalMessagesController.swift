import Foundation
import Hummingbird
import LGPSRules
import LGPSStorage

/// The member's secure messages: `/portal/messages` lists them with their status, `/portal/messages/new` sends
/// one about a chosen record (creating a task in the staff work queue, AUDIT-2), and `/portal/messages/{id}`
/// shows the conversation and takes a reply. Another member's task id answers 404 (AC-3), logged (AC-7).
struct PortalMessagesController {
    let pages: PortalPages
    let casework: CaseworkServices

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal/messages", use: list)
        group.get("/portal/messages/new", use: new)
        group.post("/portal/messages/new", use: send)
        group.get("/portal/messages/{id}", use: show)
        group.post("/portal/messages/{id}", use: reply)
    }

    @Sendable func list(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let tasks = try await casework.tasks.tasks(fundID: member.fundID, personID: member.person.id)
        var model = PortalMessagesPage(context: context, tasks: tasks)
        model.layout.flash = pages.takeFlash(context)
        return pages.render(model, "portal-messages")
    }

    @Sendable func new(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        var form = MessageForm()
        if request.uri.queryParameters.get("topic") == "cetv" { form.subject = "Transfer value quote" }
        let records = try await pages.dependencies.records.summaries(fundID: member.fundID, personID: member.person.id)
        return pages.render(PortalMessageNewPage(context: context, records: records, form: form, errors: []),
                            "portal-messages-new")
    }

    @Sendable func send(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let records = try await pages.dependencies.records.summaries(fundID: member.fundID, personID: member.person.id)
        let form = MessageForm(recordID: context.form["recordID"], subject: context.form["subject"],
                               body: context.form["body"])
        let errors = form.errors(ownRecords: records)
        guard errors.isEmpty, let recordID = Int64(form.recordID) else {
            logRefusal(errors, form: "portal.message", member: member, recordID: form.recordID, context)
            return pages.render(PortalMessageNewPage(context: context, records: records, form: form, errors: errors),
                                "portal-messages-new", status: .unprocessableContent)
        }
        let now = pages.clock.now()
        let task = try await casework.tasks.createTask(
            WorkTask(id: 0, fundID: member.fundID, personID: member.person.id, recordID: recordID, kind: .message,
                     status: .open, subject: form.subject.trimmingCharacters(in: .whitespacesAndNewlines),
                     createdAt: now, updatedAt: now, channel: .portal, assignedTo: nil),
            firstMessage: message(form.body, member: member, taskID: 0, at: now), actor: member.actor)
        context.logger.info("Member sent a message", metadata: [
            "event": "portal.task.created", "account_id": "\(member.account.id)", "task_id": "\(task.id)",
        ])
        pages.setFlash("Your message has been sent", context)
        return HTML.redirect(to: "/portal/messages/\(task.id)")
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let task = try await ownTask(member, context)
        var model = try await conversation(task, reply: "", errors: [], context)
        model.layout.flash = pages.takeFlash(context)
        return pages.render(model, "portal-messages-task")
    }

    @Sendable func reply(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let task = try await ownTask(member, context)
        let text = context.form["reply"]
        if let error = MessageForm.bodyError(text, field: "reply") {
            let model = try await conversation(task, reply: text, errors: [error], context)
            return pages.render(model, "portal-messages-task", status: .unprocessableContent)
        }
        _ = try await casework.tasks.addMessage(message(text, member: member, taskID: task.id, at: pages.clock.now()),
                                                actor: member.actor)
        pages.setFlash("Your reply has been sent", context)
        return HTML.redirect(to: "/portal/messages/\(task.id)")
    }

    /// The member's own task `{id}`, or 404 for anyone else's (AC-3), logged (AC-7).
    func ownTask(_ member: PortalMember, _ context: StaffRequestContext) async throws -> WorkTask {
        let id = try pages.id("id", context)
        guard let task = try await casework.tasks.task(fundID: member.fundID, personID: member.person.id, id: id) else {
            context.logger.notice("Refused access to a task the member does not hold", metadata: [
                "event": "security.authorization.refused", "account_id": "\(member.account.id)",
                "entity": "work_task", "entity_id": "\(id)",
            ])
            throw WebError.notFound
        }
        return task
    }

    private func conversation(_ task: WorkTask, reply: String, errors: [FieldError],
                              _ context: StaffRequestContext) async throws -> PortalConversationPage {
        let messages = try await casework.tasks.messages(fundID: task.fundID, taskID: task.id)
        let documents = try await casework.tasks.documents(fundID: task.fundID, taskID: task.id)
        return PortalConversationPage(context: context, task: task, messages: messages, documents: documents,
                                      reply: reply, errors: errors)
    }

    private func message(_ body: String, member: PortalMember, taskID: Int64, at: Timestamp) -> TaskMessage {
        TaskMessage(id: 0, taskID: taskID, fundID: member.fundID, fromMember: true, author: member.person.fullName,
                    body: body.trimmingCharacters(in: .whitespacesAndNewlines), createdAt: at)
    }
}

/// Logs a refused portal form (LOG-4), and a forged record id as a refused authorisation (AC-7).
func logRefusal(_ errors: [FieldError], form: String, member: PortalMember, recordID: String,
                _ context: StaffRequestContext) {
    context.logger.info("Portal form refused", metadata: [
        "event": "validation.refused", "form": "\(form)", "fields": "\(errors.map(\.field).joined(separator: ","))",
    ])
    if errors.contains(where: { $0.field == "recordID" }), !recordID.isEmpty {
        context.logger.notice("Refused a record the member does not hold", metadata: [
            "event": "security.authorization.refused", "account_id": "\(member.account.id)",
            "entity": "pension_record", "entity_id": "\(recordID.prefix(20))",
        ])
    }
}
