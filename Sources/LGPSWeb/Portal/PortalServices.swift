import Foundation
import LGPSPortal
import LGPSStorage

/// What the member portal talks to beyond the staff area's repositories: accounts, activation keys,
/// registrations, the fund's portal settings, the notification outbox, and the account rules (hashing,
/// two-factor, throttling, the cipher for secrets at rest).
public struct PortalServices: Sendable {
    public var accounts: any PortalAccountRepository
    public var activationKeys: any ActivationKeyRepository
    public var registrations: any RegistrationRepository
    public var settings: any PortalSettingsRepository
    public var notifications: any NotificationOutbox
    /// Members' sessions as they see them (SESS-5, SESS-7).
    public var sessions: any PortalSessionRepository
    /// Annual allowance history the fund has published.
    public var annualAllowance: any AnnualAllowanceRepository
    /// Seals TOTP secrets before they are stored (CRYPTO-3).
    public var cipher: FieldCipher
    /// argon2id at the ASVS minimum (AUTH-14).
    public var hasher: PasswordHasher
    /// Per account, device, address and network limits on failed sign-ins (AUTH-8).
    public var throttle: SignInThrottle

    public init(accounts: any PortalAccountRepository, activationKeys: any ActivationKeyRepository,
                registrations: any RegistrationRepository, settings: any PortalSettingsRepository,
                notifications: any NotificationOutbox, sessions: any PortalSessionRepository,
                annualAllowance: any AnnualAllowanceRepository, cipher: FieldCipher,
                hasher: PasswordHasher = .standard, throttle: SignInThrottle = SignInThrottle()) {
        self.accounts = accounts
        self.activationKeys = activationKeys
        self.registrations = registrations
        self.settings = settings
        self.notifications = notifications
        self.sessions = sessions
        self.annualAllowance = annualAllowance
        self.cipher = cipher
        self.hasher = hasher
        self.throttle = throttle
    }

    /// The services over `repositories`, sealing with `cipher`.
    public init(repositories: Repositories, cipher: FieldCipher) {
        self.init(accounts: repositories.portalAccounts, activationKeys: repositories.activationKeys,
                  registrations: repositories.registrations, settings: repositories.portalSettings,
                  notifications: repositories.notifications, sessions: repositories.portalSessions,
                  annualAllowance: repositories.annualAllowance, cipher: cipher)
    }

    /// The fund's portal settings, or the standard ones when it has saved none (or they no longer decode).
    public func settings(fundID: Int64) async throws -> PortalSettings {
        guard let json = try await settings.settingsJSON(fundID: fundID) else { return .standard }
        return (try? JSONDecoder().decode(PortalSettings.self, from: Data(json.utf8))) ?? .standard
    }
}
