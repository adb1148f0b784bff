import Foundation
import LGPSGenerate
import LGPSPortal
import LGPSStorage
import LGPSWeb

/// Sign-in details printed by `lgps demo`.
struct DemoCredentials: Codable, Sendable {
    struct Login: Codable, Sendable {
        var email: String
        var password: String
        /// The authenticator key (base32) staff need for their security code (AUTH-11).
        var authenticatorKey: String?
    }
    var main: Login
    var other: Login
    /// Portal members (absent in credentials saved before the portal existed; made then).
    var portal: DemoPortalLogins?
}

/// Prepares the demo database once: a generated main fund, a small second fund (to show that staff see only
/// their own fund), and a staff user in each with a random password kept beside the database file (mode 0600).
struct DemoFund {
    let database: Database
    let credentialsPath: String
    let members: Int
    let seed: UInt64

    static let mainFund = "Northshire Pension Fund"
    static let otherFund = "Southshire Pension Fund"
    static let otherFundMembers = 300

    func prepare() async throws -> DemoCredentials {
        if let data = FileManager.default.contents(atPath: credentialsPath),
           let saved = try? JSONDecoder().decode(DemoCredentials.self, from: data),
           try await database.repositories.staff.find(email: saved.main.email) != nil {
            guard saved.portal == nil || saved.main.authenticatorKey == nil,
                  let fund = try await database.repositories.funds.all().first else { return saved }
            var updated = saved
            updated.main.authenticatorKey = try await enrol(email: saved.main.email)
            updated.other.authenticatorKey = try await enrol(email: saved.other.email)
            if updated.portal == nil {
                updated.portal = try await DemoPortal(database: database, fundID: fund.id).prepare()
            }
            try save(updated)
            return updated
        }
        let main = try await GenerationOptions.parse(["--seed", String(seed)])
            .generate(into: database, named: DemoFund.mainFund, people: members)
        let other = try await GenerationOptions.parse(["--seed", String(seed &+ 1)])
            .generate(into: database, named: DemoFund.otherFund, people: DemoFund.otherFundMembers)
        let credentials = DemoCredentials(
            main: try await addStaff(fundID: main.fund.id, email: "officer@northshire.example", name: "Alex Officer"),
            other: try await addStaff(fundID: other.fund.id, email: "officer@southshire.example", name: "Sam Officer"),
            portal: try await DemoPortal(database: database, fundID: main.fund.id).prepare())
        try save(credentials)
        return credentials
    }

    private func save(_ credentials: DemoCredentials) throws {
        let data = try JSONEncoder().encode(credentials)
        _ = FileManager.default.createFile(atPath: credentialsPath, contents: data, attributes: [.posixPermissions: 0o600])
    }

    private func addStaff(fundID: Int64, email: String, name: String) async throws -> DemoCredentials.Login {
        let password = RandomPassword.make()
        let user = StaffUser(id: 0, fundID: fundID, email: email, name: name,
                             passwordHash: StaffPasswords.hash(password), role: .officer)
        _ = try await database.repositories.staff.create(user, actor: .system("lgps demo"))
        return .init(email: email, password: password, authenticatorKey: try await enrol(email: email))
    }

    /// Gives the staff user an authenticator secret (AUTH-11), returned for printing.
    private func enrol(email: String) async throws -> String? {
        guard let user = try await database.repositories.staff.find(email: email) else { return nil }
        let secret = TOTPSecret.generate()
        try await database.repositories.staff.setTOTP(userID: user.id, sealedSecret: try DataKey.cipher().seal(secret.storedValue),
                                                      actor: .system("lgps demo"))
        return secret.base32
    }
}

/// Random passwords for new accounts: four words' worth of entropy from a CSPRNG (CRYPTO-2), easy to type.
enum RandomPassword {
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
    static let groups = 4
    static let groupLength = 5

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<groups).map { _ in
            String((0..<groupLength).map { _ in alphabet.randomElement(using: &generator)! })
        }.joined(separator: "-")
    }
}
