import Foundation
import Hummingbird
import LGPSPortal
import LGPSRules
import LGPSStorage
import LGPSWeb
import Logging
import Prometheus

/// Portal accounts for the benchmark: one activation-key mailing, then each account registered through the same
/// storage call as a real registration. Every account gets the same password hash (computed once, to keep
/// setup quick; each sign-in still verifies it in full) and its own authenticator secret.
struct BenchPortalAccounts {
    let database: Database
    let fundID: Int64
    let cipher: FieldCipher

    func make(count: Int, tag: String) async throws -> [BenchMember] {
        let portal = PortalServices(repositories: database.repositories, cipher: cipher)
        let now = database.clock.now()
        let issuer = ActivationKeyIssuer(portal: portal, people: database.repositories.people)
        let letters = try await issuer.mailing(
            fundID: fundID, statuses: [.active, .deferred, .pensioner], expiresOn: database.clock.today().adding(days: 30),
            limit: count, description: "lgps bench portal \(tag)", now: now, actor: .system("lgps bench portal")).letters
        let passwordHash = try PasswordHasher.standard.hash(BenchSignIn.password)
        let records = try await recordIDs(personIDs: letters.map(\.person.id))
        let bar = ProgressBar(total: letters.count, unit: "accounts")
        var members: [BenchMember] = []
        for (index, letter) in letters.enumerated() {
            guard let key = try await portal.activationKeys.find(keyHash: ActivationKey.hash(
                ActivationKey.normalise(letter.key) ?? letter.key)) else { throw StorageError.notFound }
            let registration = try await portal.registrations.start(fundID: fundID, tokenHash: SecureToken.make(),
                                                                    at: now)
            let secret = TOTPSecret.generate()
            let email = "bench-\(tag)-\(index)@bench.example"
            let account = PortalAccount(id: 0, fundID: fundID, personID: letter.person.id, email: email,
                                        passwordHash: passwordHash, secondFactor: .totp,
                                        totpSecretSealed: try cipher.seal(secret.storedValue), totpLastStep: nil,
                                        status: .active, createdAt: now, passwordChangedAt: now, lastSignInAt: nil)
            _ = try await portal.accounts.completeRegistration(
                registrationID: registration.id, activationKeyID: key.id, account: account, recoveryCodeHashes: [],
                at: now, actor: .system("lgps bench portal"))
            members.append(BenchMember(email: email, secret: secret, recordIDs: records[letter.person.id] ?? []))
            bar.update(index + 1)
        }
        bar.finish()
        return members
    }

    private func recordIDs(personIDs: [Int64]) async throws -> [Int64: [Int64]] {
        var result: [Int64: [Int64]] = [:]
        for start in stride(from: 0, to: personIDs.count, by: 1_000) {
            let page = Array(personIDs[start..<min(start + 1_000, personIDs.count)])
            result.merge(try await database.repositories.records.ids(fundID: fundID, personIDs: page)) { $1 }
        }
        return result
    }
}

/// The real web application on a free loopback port, in this process, with the defaults a deployment gets
/// (`maximumConcurrentHashes` = cores). Its logger is at `error` so per-request lines do not cost time; the
/// database is closed by the caller after `stop()`.
struct BenchPortalServer {
    let port: Int
    let task: Task<Void, any Error>

    static func start(database: Database, cipher: FieldCipher) async throws -> BenchPortalServer {
        var logger = Logger(label: "lgps.bench.server")
        logger.logLevel = .error
        var dependencies = WebDependencies(database: database, logger: logger,
                                           metrics: PrometheusCollectorRegistry(), cipher: cipher)
        dependencies.services = []            // the caller closes the database; no PDF browser is needed
        dependencies.statementPrinter = nil
        dependencies.statementRuns = nil
        let port = try FreePort.find()
        let app = try await buildApplication(configuration: WebConfiguration(host: "127.0.0.1", port: port),
                                             dependencies: dependencies)
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        let server = BenchPortalServer(port: port, task: task)
        try await server.waitUntilServing()
        return server
    }

    /// Polls `/healthz` for up to 20 seconds.
    private func waitUntilServing() async throws {
        let connection = BenchConnection(port: UInt16(port), timeout: .seconds(2))
        for _ in 0..<200 {
            if (try? connection.send("GET", "/healthz"))?.status == 200 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        task.cancel()
        throw BenchPortalError.serverDidNotStart
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }
}

enum BenchPortalError: Error, CustomStringConvertible {
    case serverDidNotStart
    case noSessions

    var description: String {
        switch self {
        case .serverDidNotStart: "The web server did not answer /healthz within 20 s"
        case .noSessions: "No sign-in succeeded, so there are no sessions to load record pages with"
        }
    }
}
