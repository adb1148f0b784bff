import Foundation
import Hummingbird
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// `/portal/bank-details`: a pensioner changes the account their pension is paid into. Only after confirming who
/// they are (SESS-6); the details are validated (VAL-1) and sealed at rest (CRYPTO-3). By the fund's setting the
/// change applies straight away or waits for a member of staff (a work queue task); either way the member is
/// emailed (AUTH-18: bank details are a classic route to pension fraud) and the change is audited with the account
/// number masked (AUDIT-1, DATA-3).
struct BankDetailsController {
    let pages: PortalPages

    static let path = "/portal/bank-details"

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get(RouterPath(stringLiteral: Self.path), use: show)
        group.post(RouterPath(stringLiteral: Self.path), use: save)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let settings = try await pages.portal.settings(fundID: member.fundID)
        if settings.bankDetails != .off, try await isPensioner(member),
           let challenge = ReauthenticateController.challenge(context, clock: pages.clock, next: Self.path) {
            return challenge
        }
        var model = try await page(context, member: member, settings: settings, typed: nil, errors: [])
        model.layout.flash = pages.takeFlash(context)
        return pages.render(model, "portal-bank-details")
    }

    @Sendable func save(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let settings = try await pages.portal.settings(fundID: member.fundID)
        guard settings.bankDetails != .off, try await isPensioner(member) else { throw WebError.notFound }
        if let challenge = ReauthenticateController.challenge(context, clock: pages.clock, next: Self.path) {
            return challenge
        }
        let form = context.form
        switch BankAccountDetails.parse(accountName: form["accountName"], sortCode: form["sortCode"],
                                        accountNumber: form["accountNumber"]) {
        case .failure(let problems):
            context.logger.info("Bank details refused", metadata: [
                "event": "validation.refused", "form": "portal.bank_details",
                "fields": "\(problems.problems.map(\.field).joined(separator: ","))",
            ])
            let model = try await page(context, member: member, settings: settings, typed: form, errors: problems.problems)
            return pages.render(model, "portal-bank-details", status: .unprocessableContent)
        case .success(let details):
            try await store(details, member: member, mode: settings.bankDetails)
            try await CodeChecker(pages: pages).notify(member.account, template: "bank-details-changed")
            context.logger.info("Member changed their bank details", metadata: [
                "event": "portal.bank_details.changed", "account_id": "\(member.account.id)",
                "mode": "\(settings.bankDetails.rawValue)",
            ])
            pages.setFlash(settings.bankDetails == .applyDirectly
                ? "Your bank details have been changed. We have emailed you to confirm"
                : "We have your new bank details. A member of staff will check them before we use them, and we have emailed you", context)
            return HTML.redirect(to: Self.path)
        }
    }

    /// Saves the details as in use, or as waiting for staff with a task that asks them to check.
    private func store(_ details: BankAccountDetails, member: PortalMember, mode: BankDetailsMode) async throws {
        let sealed = try pages.portal.cipher.seal(String(decoding: try JSONEncoder().encode(details), as: UTF8.self))
        var taskID: Int64?
        if mode == .staffTask {
            guard let casework = pages.dependencies.casework else { throw WebError.notFound }
            let now = pages.clock.now()
            let task = WorkTask(id: 0, fundID: member.fundID, personID: member.person.id, recordID: nil,
                                kind: .bankDetails, status: .open, subject: "Change of bank details",
                                createdAt: now, updatedAt: now, channel: .portal, assignedTo: nil)
            let message = TaskMessage(id: 0, taskID: 0, fundID: member.fundID, fromMember: true,
                                      author: member.person.fullName,
                                      body: "Please pay my pension into the account ending \(details.maskedAccountNumber) (sort code \(details.formattedSortCode)) from now on.",
                                      createdAt: now)
            taskID = try await casework.tasks.createTask(task, firstMessage: message, actor: member.actor).id
        }
        try await pages.dependencies.bankDetails.save(
            StoredBankDetails(fundID: member.fundID, personID: member.person.id,
                              state: mode == .applyDirectly ? .current : .pending, sealed: sealed,
                              masked: details.maskedAccountNumber, taskID: taskID, updatedAt: pages.clock.now(),
                              updatedBy: member.actor.id),
            actor: member.actor)
    }

    /// Bank details are for members with a pension in payment.
    private func isPensioner(_ member: PortalMember) async throws -> Bool {
        try await pages.dependencies.records.summaries(fundID: member.fundID, personID: member.person.id)
            .contains { $0.status == .pensioner || $0.status == .dependant }
    }

    private func page(_ context: StaffRequestContext, member: PortalMember, settings: PortalSettings,
                      typed: FormFields?, errors: [FieldError]) async throws -> BankDetailsPage {
        let store = pages.dependencies.bankDetails
        let current = try await store.details(fundID: member.fundID, personID: member.person.id, state: .current)
        let pending = try await store.details(fundID: member.fundID, personID: member.person.id, state: .pending)
        return BankDetailsPage(context: context, mode: try await isPensioner(member) ? settings.bankDetails : .off,
                               current: current?.masked, pending: pending?.masked, typed: typed, errors: errors,
                               contactText: settings.contactText)
    }
}
