import ArgumentParser
import Foundation
import LGPSStorage
import LGPSWeb

/// `lgps demo`: creates `./data/demo.sqlite` with a generated fund the first time, then serves it and prints
/// where to open it and how to sign in.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo",
                                                    abstract: "Run the platform on a generated demo fund.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var parameterOptions: ParameterOptions
    @Option(help: "Port to listen on.") var port = 8080
    @Option(help: "People to generate in the demo fund the first time.") var members = 10_000
    @Option(help: "Seed for the generated fund.") var seed: UInt64 = 2026

    static let demoPath = "./data/demo.sqlite"

    func run() async throws {
        let logger = commandLogger("lgps.demo")
        let path = database.sqlitePath ?? DemoCommand.demoPath
        let db = try await DatabaseOptions.parse(["--sqlite", path]).openMigrated(logger: logger)
        let credentials: DemoCredentials
        do {
            credentials = try await DemoFund(database: db, credentialsPath: path + ".credentials",
                                             members: members, seed: seed).prepare()
            try await DemoAllowance(database: db, parameters: try parameterOptions.load()).publishIfMissing()
        } catch {
            try? await db.shutdown()
            throw error
        }
        let server = try ServerOptions.parse(["--port", String(port)])
        let url = "http://127.0.0.1:\(port)/"
        let notify = try DemoNotify.make(demoPort: port, logger: logger)
        try await Server.run(database: db, options: server, logger: logger, demoNotify: notify) {
            let lines = """
            OpenLGPS demo is running at \(url)  (press Ctrl+C to stop)
            Staff login: \(credentials.main.email) \(credentials.main.password)
            Staff authenticator key: \(credentials.main.authenticatorKey ?? "none")
            Other fund staff login: \(credentials.other.email) \(credentials.other.password)
            Other fund staff authenticator key: \(credentials.other.authenticatorKey ?? "none")
            (Add a key to an authenticator app, or run: oathtool --totp -b KEY)
            \(DemoPortalText.lines(credentials.portal, url: url))
            \(notify.map { "Emails go to a mock GOV.UK Notify on \($0.configuration.baseURL) (addresses ending @bounce.example bounce)" }
                ?? "Emails go to the GOV.UK Notify set by NOTIFY_API_KEY")

            """
            FileHandle.standardOutput.write(Data(lines.utf8))
        }
    }
}
