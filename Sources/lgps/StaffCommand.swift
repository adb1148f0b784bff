import ArgumentParser
import LGPSStorage
import LGPSWeb

/// `lgps staff add`: creates a staff user in a fund.
struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "staff", abstract: "Manage staff users.",
                                                    subcommands: [Add.self, ResetAuthenticator.self])

    /// `lgps staff add --fund CODE --email E --name N [--password P] [--role R]`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff user to a fund.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Fund code.") var fund: String
        @Option(help: "Email address (the username).") var email: String
        @Option(help: "Full name.") var name: String
        @Option(help: "Password (at least 12 characters); a random one is printed if omitted.") var password: String?
        @Option(help: "Role: officer, team_leader or manager.") var role = "officer"

        static let minimumPasswordLength = 12

        func validate() throws {
            if let password, password.count < Add.minimumPasswordLength {
                throw ValidationError("Password must be \(Add.minimumPasswordLength) characters or more")
            }
            if StaffRole(rawValue: role) == nil { throw ValidationError("Role must be officer, team_leader or manager") }
        }

        func run() async throws {
            let chosen = password ?? RandomPassword.make()
            try await withDatabase(database, logger: commandLogger()) { db in
                guard let fund = try await db.repositories.funds.get(code: fund) else {
                    throw ValidationError("No fund has the code \(fund)")
                }
                let user = StaffUser(id: 0, fundID: fund.id, email: email, name: name,
                                     passwordHash: StaffPasswords.hash(chosen), role: StaffRole(rawValue: role) ?? .officer)
                _ = try await db.repositories.staff.create(user, actor: .system("lgps staff add"))
            }
            print("Staff login: \(email) \(password == nil ? chosen : "(the password given)")")
        }
    }

    /// `lgps staff reset-authenticator --email E`: for someone who has lost their authenticator, once their
    /// identity has been checked (AUTH-15): they set up a new one at their next sign-in.
    struct ResetAuthenticator: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset-authenticator",
                                                        abstract: "Make a staff user set up their authenticator again.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The staff user's email address.") var email: String

        func run() async throws {
            try await withDatabase(database, logger: commandLogger()) { db in
                guard let user = try await db.repositories.staff.find(email: email) else {
                    throw ValidationError("No staff user has the email address \(email)")
                }
                try await db.repositories.staff.setTOTP(userID: user.id, sealedSecret: nil,
                                                        actor: .system("lgps staff reset-authenticator"))
            }
            print("\(email) will set up a new authenticator at their next sign-in")
        }
    }
}
