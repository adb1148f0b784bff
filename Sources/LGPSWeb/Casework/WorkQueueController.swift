import Foundation
import Hummingbird
import LGPSRules
import LGPSStorage

/// The staff work queue: `/work-queue` lists the fund's tasks waiting (oldest first), those assigned to the
/// user, or those completed; `/work-queue/{id}` shows one, takes a reply the member sees, changes its status and
/// who it is assigned to (audited). Another fund's task or document
/// answers 404 (AC-6), logged (AC-7).
struct WorkQueueController {
    let pages: StaffPages
    let casework: CaseworkServices

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/work-queue", use: list)
        group.get("/work-queue/{id}", use: show)
        group.post("/work-queue/{id}/reply", use: reply)
        group.post("/work-queue/{id}/status", use: status)
        group.post("/work-queue/{id}/assign", use: assign)
        group.get("/work-queue/documents/{id}", use: download)
    }

    @Sendable func list(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let number = request.uri.queryParameters.get("page", as: Int.self) ?? 1
        let view = WorkQueueView(rawValue: request.uri.queryParameters.get("view") ?? "") ?? .waiting
        let page = try await casework.tasks.queue(
            fundID: user.fundID, statuses: view.statuses, assignedTo: view == .mine ? pages.actor(user).id : nil,
            page: max(1, number), pageSize: pages.configuration.searchPageSize)
        var model = WorkQueuePage(context: context, page: page, view: view, now: pages.dependencies.clock.now())
        model.layout.flash = pages.takeFlash(context)
        return pages.render(model, "work-queue")
    }

    /// Assigns the task to the signed-in member of staff, or to nobody (audited).
    @Sendable func assign(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let task = try await task(user, context)
        let to: String? = context.form["to"] == "me" ? pages.actor(user).id : nil
        _ = try await casework.tasks.assign(fundID: user.fundID, taskID: task.id, to: to, actor: pages.actor(user))
        pages.setFlash(to == nil ? "The task is no longer assigned to anyone" : "The task is assigned to you", context)
        return HTML.redirect(to: "/work-queue/\(task.id)")
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        var model = try await page(try await task(user, context), reply: "", errors: [], context)
        model.layout.flash = pages.takeFlash(context)
        return pages.render(model, "work-queue-task")
    }

    @Sendable func reply(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let task = try await task(user, context)
        let text = context.form["reply"]
        if let error = MessageForm.bodyError(text, field: "reply") {
            return pages.render(try await page(task, reply: text, errors: [error], context), "work-queue-task",
                                status: .unprocessableContent)
        }
        _ = try await casework.tasks.addMessage(
            TaskMessage(id: 0, taskID: task.id, fundID: user.fundID, fromMember: false, author: user.name,
                        body: text.trimmingCharacters(in: .whitespacesAndNewlines), createdAt: pages.dependencies.clock.now()),
            actor: pages.actor(user))
        pages.setFlash("Your reply has been sent to the member", context)
        return HTML.redirect(to: "/work-queue/\(task.id)")
    }

    @Sendable func status(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let task = try await task(user, context)
        guard let status = TaskStatus(rawValue: context.form["status"]) else {
            let error = FieldError(field: "status", message: "Select a status")
            return pages.render(try await page(task, reply: "", errors: [error], context), "work-queue-task",
                                status: .unprocessableContent)
        }
        _ = try await casework.tasks.setStatus(fundID: user.fundID, taskID: task.id, to: status, actor: pages.actor(user))
        pages.setFlash("Status changed to \(status.label.lowercased())", context)
        return HTML.redirect(to: "/work-queue/\(task.id)")
    }

    @Sendable func download(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let id = try pages.id("id", context)
        guard let document = try await casework.tasks.document(fundID: user.fundID, personID: nil, id: id) else {
            pages.logNotFound(user, entity: "member_document", id: id, context)
            throw WebError.notFound
        }
        return try DocumentDownload.response(document, files: casework.files)
    }

    /// The task `{id}` in the user's fund, or 404 (AC-6).
    private func task(_ user: StaffUser, _ context: StaffRequestContext) async throws -> WorkTask {
        let id = try pages.id("id", context)
        guard let task = try await casework.tasks.task(fundID: user.fundID, id: id) else {
            pages.logNotFound(user, entity: "work_task", id: id, context)
            throw WebError.notFound
        }
        return task
    }

    /// The task page, with its assignment and any bank details waiting on it.
    func page(_ task: WorkTask, reply: String, errors: [FieldError],
                      _ context: StaffRequestContext) async throws -> WorkQueueTaskPage {
        let person = try await pages.dependencies.people.get(fundID: task.fundID, id: task.personID)
        let messages = try await casework.tasks.messages(fundID: task.fundID, taskID: task.id)
        let documents = try await casework.tasks.documents(fundID: task.fundID, taskID: task.id)
        let user = try pages.user(context)
        var model = WorkQueueTaskPage(context: context, task: task, person: person, messages: messages,
                                      documents: documents, reply: reply, errors: errors)
        model.assignment = try await WorkQueueAssignment(task: task, user: user, actorID: pages.actor(user).id,
                                                         staff: pages.dependencies.staff)
        model.bankChange = try await PendingBankChange.load(task: task, store: pages.dependencies.bankDetails,
                                                            cipher: pages.dependencies.portal.cipher)
        return model
    }
}
