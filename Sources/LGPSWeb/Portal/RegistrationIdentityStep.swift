import Hummingbird
import HummingbirdAuth
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// Step 1 of registering: the activation key with surname, date of birth and National Insurance number (AUTH-9).
/// Any mismatch gets one message whatever was wrong (AUTH-10); only someone whose key and details all match is
/// told that the key has expired, been used or been replaced, since only they hold it.
struct RegistrationIdentityStep {
    let pages: PortalPages
    let drafts: RegistrationDrafts

    static let mismatch = "The details you entered do not match our records. Check your activation key, surname, date of birth and National Insurance number"

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.get("/portal/register", use: show)
        router.post("/portal/register", use: check)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        if context.member != nil { return HTML.redirect(to: "/portal/home") }
        pages.ensureSession(context)
        if let token = drafts.token(in: request), let draft = try await drafts.load(token: token),
           draft.step > .identity, request.uri.queryParameters.get("again") == nil {
            return HTML.redirect(to: draft.step.path)  // resume where they left off
        }
        return page(context: context, form: RegistrationIdentityForm(), errors: [], status: .ok)
    }

    @Sendable func check(request: Request, context: StaffRequestContext) async throws -> Response {
        let form = RegistrationIdentityForm(fields: context.form)
        var errors = form.missing()
        let dateOfBirth = form.dateOfBirth(errors: &errors)
        guard errors.isEmpty, let dateOfBirth else {
            return page(context: context, form: form, errors: errors, status: .unprocessableContent)
        }
        let now = pages.clock.now()
        let throttleKey = "register:" + context.clientAddress
        let throttle = pages.portal.throttle
        if case .throttled(let wait, _) = await throttle.check(account: throttleKey, ip: context.clientAddress,
                                                                device: nil, at: now) {
            context.logger.notice("Registration throttled", metadata: ["event": "security.rate_limited"])
            var response = page(context: context, form: form, errors: [FieldError(field: "activationKey", message:
                "You have tried too many times. Wait \(max(1, (wait + 59) / 60)) minutes and try again")],
                                status: .tooManyRequests)
            response.headers[.retryAfter] = String(wait)
            return response
        }
        guard let (key, person) = try await matchedKey(form: form, dateOfBirth: dateOfBirth) else {
            await throttle.recordFailure(account: throttleKey, ip: context.clientAddress, device: nil, at: now)
            context.logger.notice("Registration details did not match", metadata: [
                "event": "portal.registration.mismatch",
            ])
            return page(context: context, form: form, errors: [FieldError(field: "activationKey", message: Self.mismatch)],
                        status: .unprocessableContent)
        }
        if let refusal = try await refusal(key: key, person: person, now: now) {
            context.logger.info("Registration refused", metadata: [
                "event": "portal.registration.refused", "person_id": "\(person.id)", "reason": "\(refusal.reason)",
            ])
            return page(context: context, form: form, errors: [FieldError(field: "activationKey", message: refusal.message)],
                        status: .unprocessableContent)
        }
        return try await advance(request: request, context: context, key: key, person: person, now: now)
    }

    /// The key and its holder when the key exists and the holder's details match what was typed.
    private func matchedKey(form: RegistrationIdentityForm,
                            dateOfBirth: CalendarDate) async throws -> (ActivationKeyRecord, Person)? {
        guard let normalised = ActivationKey.normalise(form.activationKey),
              let key = try await pages.portal.activationKeys.find(keyHash: ActivationKey.hash(normalised)),
              let person = try await pages.dependencies.people.get(fundID: key.fundID, id: key.personID) else {
            return nil
        }
        let identity = RegistrationIdentity(surname: person.surname, dateOfBirth: person.dateOfBirth,
                                            nationalInsuranceNumber: person.nationalInsuranceNumber?.value ?? "")
        guard person.nationalInsuranceNumber != nil,
              identity.matches(surname: form.surname, dateOfBirth: dateOfBirth,
                               nationalInsuranceNumber: form.nationalInsuranceNumber) else { return nil }
        return (key, person)
    }

    /// Why a matched key cannot be used, for its holder.
    private func refusal(key: ActivationKeyRecord, person: Person,
                         now: Timestamp) async throws -> (reason: String, message: String)? {
        let settings = try await pages.portal.settings(fundID: key.fundID)
        if key.usedAt != nil {
            return ("used", "This activation key has already been used. If you have an account, sign in. \(settings.contactText)")
        }
        if key.revokedAt != nil {
            return ("revoked", "This activation key has been replaced by a newer one. Use the key in the latest letter or email we sent you")
        }
        if key.expiresAt < now {
            return ("expired", "This activation key has expired. Ask us for a new one. \(settings.contactText)")
        }
        if try await pages.portal.accounts.account(fundID: key.fundID, personID: person.id) != nil {
            return ("has_account", "You already have an account. Sign in, or reset your password if you have forgotten it")
        }
        let eligibility = RegistrationEligibility(records: pages.dependencies.records)
        if let message = try await eligibility.refusal(person: person, settings: settings, today: pages.clock.today()) {
            return ("not_eligible", message)
        }
        return nil
    }

    /// Starts (or restarts) the registration record and the draft, and moves on to the account step.
    private func advance(request: Request, context: StaffRequestContext, key: ActivationKeyRecord, person: Person,
                         now: Timestamp) async throws -> Response {
        let token = drafts.token(in: request) ?? SecureToken.make()
        let registrations = pages.portal.registrations
        let existing = try await drafts.load(token: token)
        let registrationID: Int64
        if let existing, existing.fundID == key.fundID {
            registrationID = existing.registrationID
        } else {
            registrationID = try await registrations.start(fundID: key.fundID, tokenHash: SHA256Hex.digest(token),
                                                           at: now).id
        }
        let draft = RegistrationDraft(registrationID: registrationID, fundID: key.fundID, step: .account,
                                      personID: person.id, activationKeyID: key.id)
        try await drafts.save(draft, token: token)
        try await registrations.update(id: registrationID, step: draft.step.rawValue, activationKeyID: key.id,
                                       personID: person.id, email: nil, at: now)
        context.logger.info("Registration details matched", metadata: [
            "event": "portal.registration.identity_matched", "person_id": "\(person.id)",
        ])
        var response = HTML.redirect(to: RegistrationDraft.Step.account.path)
        response.setCookie(drafts.cookie(token: token))
        return response
    }

    private func page(context: StaffRequestContext, form: RegistrationIdentityForm, errors: [FieldError],
                      status: HTTPResponse.Status) -> Response {
        pages.render(RegistrationIdentityPage(context: context, form: form, errors: errors), "portal-register",
                     status: status)
    }
}
