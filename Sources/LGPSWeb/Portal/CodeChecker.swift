import LGPSPortal
import LGPSStorage
import Logging

/// Checks a second-factor code for a member — from their authenticator app (AUTH-12: each code accepted once,
/// a replay logged and the member told) or sent by email (AUTH-13) — for sign-in and for re-authentication.
struct CodeChecker {
    let pages: PortalPages

    /// The factor used ("totp", "email") when `typed` is right, nil otherwise. A replayed authenticator code is
    /// refused, logged and the member told (AUTH-12).
    func verify(_ typed: String, emailCode: EmailCode?, account: PortalAccount, now: Timestamp,
                context: StaffRequestContext, saveEmailCode: (EmailCode) -> Void) async throws -> String? {
        if var emailCode {
            let outcome = emailCode.check(typed, purpose: "sign-in:\(account.id)", at: now)
            saveEmailCode(emailCode)
            if outcome == .accepted { return "email" }
            if account.secondFactor == .email { return nil }
        }
        guard let sealed = account.totpSecretSealed else { return nil }
        let secret = TOTPSecret(storedValue: try pages.portal.cipher.open(sealed))
        switch TOTPVerifier().verify(typed, secret: secret, at: now, lastUsedStep: account.totpLastStep) {
        case .accepted(let step):
            if try await pages.portal.accounts.useTOTPStep(accountID: account.id, step: step) { return "totp" }
            try await replayed(account, context: context)
            return nil
        case .replayed:
            try await replayed(account, context: context)
            return nil
        case .wrong, .malformed:
            return nil
        }
    }

    private func replayed(_ account: PortalAccount, context: StaffRequestContext) async throws {
        context.logger.warning("A used authenticator code was offered again", metadata: [
            "event": "portal.login.totp_replayed", "account_id": "\(account.id)",
        ])
        try await notify(account, template: "code-replayed")
    }

    /// A security notice to the member, without sensitive content (AUTH-18).
    func notify(_ account: PortalAccount, template: String) async throws {
        _ = try await pages.portal.notifications.enqueue(
            fundID: account.fundID, personID: account.personID, email: account.email, template: template,
            personalisation: [:], reference: nil, at: pages.clock.now())
    }

    /// Emails a fresh 6-digit code bound to this account's sign-in (AUTH-13) and returns its hashed record.
    func sendCode(to account: PortalAccount, context: StaffRequestContext) async throws -> EmailCode {
        let issued = EmailCode.issue(at: pages.clock.now(), purpose: "sign-in:\(account.id)")
        _ = try await pages.portal.notifications.enqueue(
            fundID: account.fundID, personID: account.personID, email: account.email, template: "sign-in-code",
            personalisation: ["code": issued.code], reference: nil, at: pages.clock.now())
        context.logger.info("Sign-in code sent by email", metadata: [
            "event": "portal.login.email_code_sent", "account_id": "\(account.id)",
        ])
        return issued.record
    }
}
