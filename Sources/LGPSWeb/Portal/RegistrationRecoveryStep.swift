import Foundation
import Hummingbird
import HummingbirdAuth
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// Step 4 of registering: the recovery codes (AUTH-13, stored hashed), then the account is created in one
/// transaction that uses up the activation key (AUTH-9), and the member is signed in with a new session (SESS-2).
struct RegistrationRecoveryStep {
    let pages: PortalPages
    let drafts: RegistrationDrafts
    let sessionStore: any KeyValueStore
    let cookieName: String

    func addRoutes(to router: Router<StaffRequestContext>) {
        router.get("/portal/register/recovery-codes", use: show)
        router.post("/portal/register/recovery-codes", use: complete)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (token, draft) = try await drafts.current(request, at: .recoveryCodes) else { return restart() }
        let codes = try await codes(for: draft, token: token)
        return pages.render(RegistrationRecoveryPage(context: context, codes: codes, error: nil),
                            "portal-register-recovery")
    }

    @Sendable func complete(request: Request, context: StaffRequestContext) async throws -> Response {
        guard let (token, draft) = try await drafts.current(request, at: .recoveryCodes),
              let personID = draft.personID, let keyID = draft.activationKeyID, let email = draft.email,
              let passwordHash = draft.passwordHash, let secondFactor = draft.secondFactor else { return restart() }
        let codes = try await codes(for: draft, token: token)
        let now = pages.clock.now()
        let account = PortalAccount(id: 0, fundID: draft.fundID, personID: personID, email: email,
                                    passwordHash: passwordHash, secondFactor: secondFactor,
                                    totpSecretSealed: draft.totpSecretSealed, totpLastStep: draft.totpLastStep,
                                    status: .active, createdAt: now, passwordChangedAt: now, lastSignInAt: now)
        let created: PortalAccount
        do {
            created = try await pages.portal.accounts.completeRegistration(
                registrationID: draft.registrationID, activationKeyID: keyID, account: account,
                recoveryCodeHashes: codes.map(RecoveryCodes.hash), at: now,
                actor: Actor(id: "portal:registration:\(draft.registrationID)", channel: .portal))
        } catch PortalStoreError.keyUnavailable {
            try await drafts.remove(token: token)
            return pages.render(RegistrationRecoveryPage(context: context, codes: [], error:
                "Your activation key can no longer be used: it has expired or been used. Contact the pension fund for a new one."),
                                "portal-register-recovery", status: .conflict)
        } catch StorageError.duplicateKey {
            try await drafts.remove(token: token)
            return pages.render(RegistrationRecoveryPage(context: context, codes: [], error:
                "You already have an account, or your email address is in use. Sign in instead."),
                                "portal-register-recovery", status: .conflict)
        }
        try await drafts.remove(token: token)
        _ = try await pages.portal.notifications.enqueue(
            fundID: created.fundID, personID: created.personID, email: created.email, template: "account-created",
            personalisation: [:], reference: "account-created:\(created.id)", at: now)
        if let oldID = request.cookies[cookieName]?.value {
            try await sessionStore.remove(key: SessionCookie.keyPrefix + oldID)
        }
        var session = StaffSession.member(accountID: created.id, now: now)
        session.portalSessionID = try await PortalSessionKeeper(pages: pages).start(
            account: created, request: request, at: now, context: context)
        session.flash = "Your account has been created"
        context.sessions.createSession(session)
        context.logger.info("Member registered and signed in", metadata: [
            "event": "portal.registration.completed", "account_id": "\(created.id)", "fund_id": "\(created.fundID)",
        ])
        var response = HTML.redirect(to: "/portal/home")
        response.setCookie(drafts.expiredCookie())
        return response
    }

    /// The draft's recovery codes, made (and sealed into the draft) the first time they are shown.
    private func codes(for draft: RegistrationDraft, token: String) async throws -> [String] {
        if let sealed = draft.recoveryCodesSealed {
            return try JSONDecoder().decode([String].self, from: Data(try pages.portal.cipher.open(sealed).utf8))
        }
        let codes = RecoveryCodes.generate()
        var next = draft
        next.recoveryCodesSealed = try pages.portal.cipher.seal(String(decoding: try JSONEncoder().encode(codes),
                                                                       as: UTF8.self))
        try await drafts.save(next, token: token)
        return codes
    }

    private func restart() -> Response { HTML.redirect(to: "/portal/register") }
}
