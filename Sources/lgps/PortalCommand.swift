import ArgumentParser
import Foundation
import LGPSPortal
import LGPSRules
import LGPSStorage
import LGPSWeb

/// `lgps portal`: member portal administration.
struct PortalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "portal", abstract: "Manage the member portal.",
                                                    subcommands: [PortalKeysCommand.self, PortalKeyCommand.self])
}

/// `lgps portal keys --status deferred --expires-in 60d`: activation keys for a mailing, written with names and
/// addresses to a CSV for the mailing house (the only place the plain keys exist; mode 0600).
struct PortalKeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys",
                                                    abstract: "Make activation keys for a mailing.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Fund code (default: the first fund).") var fund: String?
    @Option(help: "Record status to send keys to (repeatable): active, deferred, pensioner, dependant, ...")
    var status: [String] = []
    @Option(help: "How long the keys last, in days, such as 60d (allow for printing and post).") var expiresIn = "60d"
    @Option(help: "Most keys in this mailing (send large funds' keys in several mailings).") var limit = 20_000
    @Option(help: "A description of the mailing.") var description = "Activation key mailing"
    @Option(help: "CSV file to write (default ./data/activation-keys-<mailing>.csv).") var out: String?

    func validate() throws {
        if status.isEmpty { throw ValidationError("Give at least one --status") }
        for value in status where MemberStatus(rawValue: value) == nil {
            throw ValidationError("Unknown status \(value): use one of \(MemberStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        _ = try KeyLifetime.days(expiresIn)
    }

    func run() async throws {
        let days = try KeyLifetime.days(expiresIn)
        let (count, path) = try await withDatabase(database, logger: commandLogger()) { db in
            guard let fund = try await db.repositories.funds.chosen(fund) else {
                throw ValidationError("No fund has the code \(fund ?? "")")
            }
            let issuer = ActivationKeyIssuer(portal: PortalServices(repositories: db.repositories,
                                                                    cipher: try DataKey.cipher()),
                                             people: db.repositories.people)
            let expiresOn = db.clock.today().adding(days: days)
            let result = try await issuer.mailing(
                fundID: fund.id, statuses: status.compactMap(MemberStatus.init(rawValue:)), expiresOn: expiresOn,
                limit: limit, description: description, now: db.clock.now(), actor: .system("lgps portal keys"))
            let path = out ?? "./data/activation-keys-\(result.mailing.id).csv"
            try ActivationKeyLetters.write(result.letters, to: path)
            return (result.letters.count, path)
        }
        print("Made \(count) activation keys, written to \(path)")
    }
}

/// `lgps portal key --person ID`: one activation key (replacing any earlier unused one).
struct PortalKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "key", abstract: "Make one activation key.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Fund code (default: the first fund).") var fund: String?
    @Option(help: "The person's id.") var person: Int64
    @Option(help: "How long the key lasts, in days, such as 30d.") var expiresIn = "30d"

    func run() async throws {
        let days = try KeyLifetime.days(expiresIn)
        let letter = try await withDatabase(database, logger: commandLogger()) { db in
            guard let fund = try await db.repositories.funds.chosen(fund) else {
                throw ValidationError("No fund has the code \(fund ?? "")")
            }
            let issuer = ActivationKeyIssuer(portal: PortalServices(repositories: db.repositories,
                                                                    cipher: try DataKey.cipher()),
                                             people: db.repositories.people)
            return try await issuer.single(fundID: fund.id, personID: person,
                                           expiresOn: db.clock.today().adding(days: days), now: db.clock.now(),
                                           actor: .system("lgps portal key"))
        }
        guard let letter else { throw ValidationError("No person \(person) in that fund") }
        print("Activation key for \(letter.person.fullName): \(letter.key) (expires \(letter.expiresOn.longUK))")
    }
}

/// "60d" → 60. Postal keys need long enough for printing and post (AUTH-9: 30–90 days is typical); the range
/// allowed is the one the fund settings allow.
enum KeyLifetime {
    /// Shortest and longest key lifetimes, in days.
    static let range = 1...180

    static func days(_ text: String) throws -> Int {
        let digits = text.hasSuffix("d") ? String(text.dropLast()) : text
        guard let days = Int(digits), range.contains(days) else {
            throw ValidationError("--expires-in must be a number of days from \(range.lowerBound) to \(range.upperBound), such as 60d")
        }
        return days
    }
}

/// The key that seals secrets at rest (CRYPTO-3): `LGPS_DATA_KEY`, or the key file `LGPS_DATA_KEY_FILE`
/// (default `./data/secret.key`, made on first use with mode 0600).
enum DataKey {
    static func cipher() throws -> FieldCipher {
        let environment = ProcessInfo.processInfo.environment
        return try FieldCipher.load(environment: environment,
                                    keyFile: environment["LGPS_DATA_KEY_FILE"] ?? "./data/secret.key")
    }
}
