import Foundation
import LGPSPortal
import LGPSRules
import LGPSStorage
import LGPSWeb

/// Demo portal members printed by `lgps demo`: registered accounts with known passwords and authenticator keys,
/// and one member with an activation key who has not registered yet, to try registration with.
struct DemoPortalLogins: Codable, Sendable {
    struct Member: Codable, Sendable {
        var email: String
        var password: String
        /// The authenticator key (base32) to add to an app, or to use with `oathtool --totp -b KEY`.
        var authenticatorKey: String
        var recoveryCode: String
    }
    struct Unregistered: Codable, Sendable {
        var activationKey: String
        var surname: String
        var dateOfBirth: String
        var nationalInsuranceNumber: String
    }
    var members: [Member]
    var unregistered: Unregistered?
}

/// Makes the demo's portal members through the same steps as a real registration (a key, then the account in
/// one transaction with the key used up).
struct DemoPortal {
    let database: Database
    let fundID: Int64
    /// How many registered demo members.
    static let registered = 2
    /// Candidates looked at to find members with more than one post.
    static let candidates = 400

    func prepare() async throws -> DemoPortalLogins {
        let repositories = database.repositories
        let portal = PortalServices(repositories: repositories, cipher: try DataKey.cipher())
        let now = database.clock.now()
        let ids = try await portal.activationKeys.peopleWithoutAccounts(
            fundID: fundID, statuses: [MemberStatus.active.rawValue, MemberStatus.deferred.rawValue],
            excludingLiveKeysAt: now, after: 0, limit: Self.candidates)
        let records = try await repositories.records.ids(fundID: fundID, personIDs: ids)
        let people = try await repositories.people.getMany(fundID: fundID, ids: ids)
            .filter { $0.nationalInsuranceNumber != nil }
            .sorted { (records[$0.id]?.count ?? 0, -$0.id) > (records[$1.id]?.count ?? 0, -$1.id) }
        let issuer = ActivationKeyIssuer(portal: portal, people: repositories.people)
        let expiresOn = database.clock.today().adding(days: 60)
        var members: [DemoPortalLogins.Member] = []
        for (index, person) in people.prefix(Self.registered).enumerated() {
            guard let letter = try await issuer.single(fundID: fundID, personID: person.id, expiresOn: expiresOn,
                                                       now: now, actor: .system("lgps demo")) else { continue }
            members.append(try await register(letter: letter, email: "member\(index + 1)@northshire.example",
                                              portal: portal, now: now))
        }
        var unregistered: DemoPortalLogins.Unregistered?
        if let person = people.dropFirst(Self.registered).first,
           let letter = try await issuer.single(fundID: fundID, personID: person.id, expiresOn: expiresOn, now: now,
                                                actor: .system("lgps demo")) {
            unregistered = .init(activationKey: letter.key, surname: person.surname,
                                 dateOfBirth: person.dateOfBirth.longUK,
                                 nationalInsuranceNumber: person.nationalInsuranceNumber?.spaced ?? "")
        }
        return DemoPortalLogins(members: members, unregistered: unregistered)
    }

    private func register(letter: ActivationKeyIssuer.Letter, email: String, portal: PortalServices,
                          now: Timestamp) async throws -> DemoPortalLogins.Member {
        let password = RandomPassword.make()
        let secret = TOTPSecret.generate()
        let codes = RecoveryCodes.generate()
        guard let key = try await portal.activationKeys.find(keyHash: ActivationKey.hash(letter.key)) else {
            throw StorageError.notFound
        }
        let registration = try await portal.registrations.start(fundID: fundID, tokenHash: SecureToken.make(),
                                                                at: now)
        let account = PortalAccount(id: 0, fundID: fundID, personID: letter.person.id, email: email,
                                    passwordHash: try portal.hasher.hash(password), secondFactor: .totp,
                                    totpSecretSealed: try portal.cipher.seal(secret.storedValue), totpLastStep: nil,
                                    status: .active, createdAt: now, passwordChangedAt: now, lastSignInAt: nil)
        _ = try await portal.accounts.completeRegistration(
            registrationID: registration.id, activationKeyID: key.id, account: account,
            recoveryCodeHashes: codes.map(RecoveryCodes.hash), at: now, actor: .system("lgps demo"))
        return .init(email: email, password: password, authenticatorKey: secret.base32, recoveryCode: codes[0])
    }
}

/// What `lgps demo` prints about the portal.
enum DemoPortalText {
    static func lines(_ logins: DemoPortalLogins?, url: String) -> String {
        guard let logins else { return "" }
        var text = "Member portal: \(url)portal\n"
        for member in logins.members {
            text += "Member login: \(member.email) \(member.password)  authenticator key \(member.authenticatorKey)"
                + " (or recovery code \(member.recoveryCode))\n"
        }
        if let key = logins.unregistered {
            text += "To try registering: activation key \(key.activationKey), surname \(key.surname), born "
                + "\(key.dateOfBirth), NI number \(key.nationalInsuranceNumber)\n"
        }
        return text
    }
}
