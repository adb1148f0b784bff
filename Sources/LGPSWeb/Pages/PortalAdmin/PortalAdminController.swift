import Foundation
import Hummingbird
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// `/portal-admin`: the fund's view of its member portal — registrations (started, finished, abandoned at each
/// step), activation key mailings with how many keys were used or expired, and a form to make a new mailing,
/// whose keys are downloaded once as a CSV for the mailing house (AUTH-9: only hashes are kept).
struct PortalAdminController {
    let pages: StaffPages

    /// How far back the registration figures look.
    static let reportDays: Int64 = 90

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal-admin", use: show)
        group.post("/portal-admin/mailings", use: mailing)
        group.post("/people/{id}/activation-key", use: singleKey)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        return try await page(context, user: user, form: KeyMailingForm(), errors: [], status: .ok)
    }

    @Sendable func mailing(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let form = KeyMailingForm(fields: context.form, selected: context.form.all("status"))
        switch form.validated() {
        case .invalid(let errors):
            return try await page(context, user: user, form: form, errors: errors, status: .unprocessableContent)
        case .valid(let request):
            let clock = pages.dependencies.clock
            let issuer = ActivationKeyIssuer(portal: pages.dependencies.portal, people: pages.dependencies.people)
            let result = try await issuer.mailing(
                fundID: user.fundID, statuses: request.statuses, expiresOn: clock.today().adding(days: request.days),
                limit: request.limit, description: request.description, now: clock.now(), actor: pages.actor(user))
            context.logger.info("Activation key mailing made", metadata: [
                "event": "portal.keys.mailing", "mailing_id": "\(result.mailing.id)", "keys": "\(result.letters.count)",
            ])
            var headers = HTTPFields()
            headers[.contentType] = "text/csv; charset=utf-8"
            headers[.cacheControl] = "no-store"
            headers[.contentDisposition] = "attachment; filename=\"activation-keys-\(result.mailing.id).csv\""
            return Response(status: .ok, headers: headers,
                            body: .init(byteBuffer: ByteBuffer(string: ActivationKeyLetters.csv(result.letters))))
        }
    }

    @Sendable func singleKey(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let person = try await pages.person(try pages.id("id", context), for: user, context)
        let clock = pages.dependencies.clock
        let settings = try await pages.dependencies.portal.settings(fundID: user.fundID)
        let issuer = ActivationKeyIssuer(portal: pages.dependencies.portal, people: pages.dependencies.people)
        guard let letter = try await issuer.single(fundID: user.fundID, personID: person.id,
                                                   expiresOn: clock.today().adding(days: settings.postalKeyLifetimeDays),
                                                   now: clock.now(), actor: pages.actor(user)) else {
            throw WebError.notFound
        }
        return pages.render(SingleKeyPage(context: context, letter: letter), "portal-admin-key")
    }

    private func page(_ context: StaffRequestContext, user: StaffUser, form: KeyMailingForm, errors: [FieldError],
                      status: HTTPResponse.Status) async throws -> Response {
        let portal = pages.dependencies.portal
        let now = pages.dependencies.clock.now()
        let since = Timestamp(microseconds: now.microseconds - Self.reportDays * 86_400_000_000)
        let counts = try await portal.registrations.counts(fundID: user.fundID, since: since)
        let mailings = try await portal.activationKeys.mailings(fundID: user.fundID, at: now)
        let emails = try await portal.notifications.counts(fundID: user.fundID)
        let model = PortalAdminPage(context: context, counts: counts, mailings: mailings, form: form, errors: errors,
                                    reportDays: Self.reportDays, emails: EmailCounts(emails))
        return pages.render(model, "portal-admin", status: status)
    }
}
