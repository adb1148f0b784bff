import Foundation
import Hummingbird
import LGPSPortal
import LGPSStorage

/// A registration in progress, kept server-side under the hash of a random token in the browser's registration
/// cookie, so a half-done registration can be resumed later in the same browser (the "resume"). Secrets
/// in it (the TOTP secret, the recovery codes) are sealed (CRYPTO-3); the password is already hashed.
struct RegistrationDraft: Codable, Sendable, Equatable {
    /// The steps, in the order they must be done (AUTH-10: registration steps run in order).
    enum Step: String, Codable, Sendable, Comparable {
        case identity, account, secondFactor = "second_factor", recoveryCodes = "recovery_codes", complete

        private var order: Int {
            switch self {
            case .identity: 0
            case .account: 1
            case .secondFactor: 2
            case .recoveryCodes: 3
            case .complete: 4
            }
        }

        static func < (a: Step, b: Step) -> Bool { a.order < b.order }

        /// The page for this step.
        var path: String {
            switch self {
            case .identity: "/portal/register"
            case .account: "/portal/register/account"
            case .secondFactor: "/portal/register/security"
            case .recoveryCodes: "/portal/register/recovery-codes"
            case .complete: "/portal/home"
            }
        }
    }

    var registrationID: Int64
    var fundID: Int64
    var step: Step
    var personID: Int64?
    var activationKeyID: Int64?
    var email: String?
    var passwordHash: String?
    var totpSecretSealed: String?
    /// The time step of the code that confirmed the authenticator, so it cannot be used again (AUTH-12).
    var totpLastStep: Int64?
    var secondFactor: SecondFactor?
    var emailCode: EmailCode?
    var recoveryCodesSealed: String?
}

/// Where drafts are kept and the cookie that finds them.
struct RegistrationDrafts: Sendable {
    let store: any KeyValueStore
    let clock: any WallClock
    let secure: Bool

    /// How long a half-done registration can be picked up again.
    static let lifetime: Duration = .seconds(7 * 24 * 60 * 60)
    static let keyPrefix = "registration."

    var cookieName: String { secure ? "__Host-lgps_registration" : "lgps_registration" }

    /// The token in the request's registration cookie, if any.
    func token(in request: Request) -> String? {
        guard let token = request.cookies[cookieName]?.value, token.count == 64 else { return nil }
        return token
    }

    func load(token: String) async throws -> RegistrationDraft? {
        guard let bytes = try await store.get(key: Self.keyPrefix + SHA256Hex.digest(token), now: clock.now())
        else { return nil }
        return try? JSONDecoder().decode(RegistrationDraft.self, from: Data(bytes))
    }

    func save(_ draft: RegistrationDraft, token: String) async throws {
        let expires = Timestamp(microseconds: clock.now().microseconds + Self.lifetime.microseconds)
        try await store.set(key: Self.keyPrefix + SHA256Hex.digest(token),
                            value: Array(try JSONEncoder().encode(draft)), expiresAt: expires)
    }

    func remove(token: String) async throws {
        try await store.remove(key: Self.keyPrefix + SHA256Hex.digest(token))
    }

    func cookie(token: String) -> Cookie {
        Cookie(name: cookieName, value: token, maxAge: Int(Self.lifetime.components.seconds), path: "/",
               secure: secure, httpOnly: true, sameSite: .lax)
    }

    func expiredCookie() -> Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}
