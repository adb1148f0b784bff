import Foundation
import LGPSPortal
import LGPSRules
import LGPSStorage
import LGPSWeb
import Testing

/// Portal accounts and activation keys for the web tests, made through the same storage calls as registration.
struct PortalFixture {
    static let password = "a long portal passphrase"
    static let email = "archer@example.com"

    let env: WebEnvironment

    var portal: PortalServices {
        PortalServices(repositories: env.database.repositories, cipher: Self.cipher)
    }

    /// The tests' data key (the app under test gets the same one, so sealed secrets open).
    static let cipher = FieldCipher(key: .init(data: Array(repeating: UInt8(7), count: 32)))

    /// An activation key for `person`, expiring in `days`.
    func key(for person: Person, days: Int = 30) async throws -> String {
        let issuer = ActivationKeyIssuer(portal: portal, people: env.database.repositories.people)
        let letter = try await issuer.single(fundID: person.fundID, personID: person.id,
                                             expiresOn: env.clock.today().adding(days: days), now: env.clock.now(),
                                             actor: .system("tests"))
        return try #require(letter).key
    }

    /// A registered account for `person` with an authenticator; returns its secret.
    @discardableResult
    func account(for person: Person, email: String = PortalFixture.email) async throws -> TOTPSecret {
        let key = try await key(for: person)
        let normalised = try #require(ActivationKey.normalise(key))
        let record = try #require(try await portal.activationKeys.find(keyHash: ActivationKey.hash(normalised)))
        let now = env.clock.now()
        let registration = try await portal.registrations.start(fundID: person.fundID,
                                                                tokenHash: String(repeating: "a", count: 63) + "\(person.id % 10)",
                                                                at: now)
        let secret = TOTPSecret.generate()
        let account = PortalAccount(id: 0, fundID: person.fundID, personID: person.id, email: email,
                                    passwordHash: try PasswordHasher.standard.hash(Self.password),
                                    secondFactor: .totp, totpSecretSealed: try Self.cipher.seal(secret.storedValue),
                                    totpLastStep: nil, status: .active, createdAt: now, passwordChangedAt: now,
                                    lastSignInAt: nil)
        _ = try await portal.accounts.completeRegistration(
            registrationID: registration.id, activationKeyID: record.id, account: account,
            recoveryCodeHashes: Self.recoveryCodes.map(RecoveryCodes.hash), at: now, actor: .system("tests"))
        return secret
    }

    static let recoveryCodes = RecoveryCodes.generate()
}

