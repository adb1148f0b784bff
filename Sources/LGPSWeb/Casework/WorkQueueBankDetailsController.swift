import Foundation
import Hummingbird
import LGPSRules
import LGPSStorage

/// The staff decision on a pensioner's new bank details (the fund checks changes first): use them, or turn them
/// down with a reason. Either way the task is completed, the member gets a message on the task and an email
/// (AUTH-18), and the change is audited. Another fund's task answers 404 (AC-6).
struct WorkQueueBankDetailsController {
    let pages: StaffPages
    let casework: CaseworkServices

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.post("/work-queue/{id}/bank-details/apply", use: apply)
        group.post("/work-queue/{id}/bank-details/discard", use: discard)
    }

    @Sendable func apply(request: Request, context: StaffRequestContext) async throws -> Response {
        let (user, task) = try await bankTask(context)
        let now = pages.dependencies.clock.now()
        guard let applied = try await pages.dependencies.bankDetails.applyPending(
            fundID: task.fundID, personID: task.personID, at: now, actor: pages.actor(user)) else {
            return nothingWaiting(task, context)
        }
        try await settle(task, user: user, template: "bank-details-applied", message:
            "We have checked your new bank details. We will pay your pension into the account ending \(applied.masked.suffix(4)) from now on.")
        pages.setFlash("The new bank details are now in use and the member has been told", context)
        return HTML.redirect(to: "/work-queue/\(task.id)")
    }

    @Sendable func discard(request: Request, context: StaffRequestContext) async throws -> Response {
        let (user, task) = try await bankTask(context)
        let reason = context.form["reason"].trimmingCharacters(in: .whitespacesAndNewlines)
        let error = reason.isEmpty ? FieldError(field: "reason", message: "Enter why the new bank details cannot be used")
            : MessageForm.bodyError(reason, field: "reason")
        if let error {
            var model = try await WorkQueueController(pages: pages, casework: casework)
                .page(task, reply: "", errors: [error], context)
            model.discardReason.value = reason
            return pages.render(model, "work-queue-task", status: .unprocessableContent)
        }
        guard try await pages.dependencies.bankDetails.discardPending(
            fundID: task.fundID, personID: task.personID, at: pages.dependencies.clock.now(), actor: pages.actor(user))
        else {
            return nothingWaiting(task, context)
        }
        try await settle(task, user: user, template: "bank-details-declined", message:
            "We have not changed your bank details. \(reason)")
        pages.setFlash("The new bank details were not used and the member has been told", context)
        return HTML.redirect(to: "/work-queue/\(task.id)")
    }

    /// Back to the task, saying the change was already decided (by someone else, or an earlier click).
    private func nothingWaiting(_ task: WorkTask, _ context: StaffRequestContext) -> Response {
        pages.setFlash("No bank details are waiting on this task", context)
        return HTML.redirect(to: "/work-queue/\(task.id)")
    }

    /// The task `{id}` in the user's fund, about bank details; 404 otherwise.
    private func bankTask(_ context: StaffRequestContext) async throws -> (StaffUser, WorkTask) {
        let user = try pages.user(context)
        let id = try pages.id("id", context)
        guard let task = try await casework.tasks.task(fundID: user.fundID, id: id), task.kind == .bankDetails else {
            pages.logNotFound(user, entity: "work_task", id: id, context)
            throw WebError.notFound
        }
        return (user, task)
    }

    /// Tells the member on the task and by email, then completes the task.
    private func settle(_ task: WorkTask, user: StaffUser, template: String, message: String) async throws {
        let now = pages.dependencies.clock.now()
        _ = try await casework.tasks.addMessage(
            TaskMessage(id: 0, taskID: task.id, fundID: task.fundID, fromMember: false, author: user.name,
                        body: message, createdAt: now), actor: pages.actor(user))
        _ = try await casework.tasks.setStatus(fundID: task.fundID, taskID: task.id, to: .done, actor: pages.actor(user))
        if let account = try await pages.dependencies.portal.accounts.account(fundID: task.fundID, personID: task.personID) {
            _ = try await pages.dependencies.portal.notifications.enqueue(
                fundID: task.fundID, personID: task.personID, email: account.email, template: template,
                personalisation: [:], reference: "\(template):\(task.id)", at: now)
        }
    }
}
