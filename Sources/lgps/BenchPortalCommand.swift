import ArgumentParser
import Foundation
import LGPSPortal
import LGPSStorage

/// `lgps bench portal`: the member portal's sign-in capacity and record-page speed on a benchmark fund (PERF-1,
/// PERF-2, PERF-3's record page, REL-9). It measures the hash ceiling of argon2id on this machine (every core hashing at once), starts
/// the real web application in this process on a loopback port, and drives complete sign-ins (form, password,
/// authenticator code) at a share of that ceiling, then at twice it, then signed-in record pages, each as an
/// open-loop schedule from the benchmark's own threads with a timeout on every request.
struct BenchPortalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "portal",
                                                    abstract: "Report member sign-ins per second and record-page latency.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Members to generate when the benchmark database does not exist yet (or with --regenerate).")
    var members = 500_000
    @Flag(help: "Generate a fresh benchmark fund even if the database exists.") var regenerate = false
    @Option(help: "Portal accounts to create (each signs in at most once per 30-second authenticator step).")
    var accounts = 3_000
    @Option(help: "Seconds each load phase lasts.") var seconds = 30
    @Option(help: "Sign-in rate offered in the first phase, as a share of the measured hash ceiling.") var load = 0.9
    @Option(help: "Sign-in rate offered in the overload phase, as a multiple of the ceiling.") var overload = 2.0
    @Option(help: "Signed-in page views per second in the record-page phase.") var pageRate = 250.0
    @Option(help: "Signed-in page views per second during the overload phase.") var overloadPageRate = 50.0
    @Option(help: "argon2id verifications timed on one thread, and on each core at once for the ceiling.")
    var hashSamples = 40
    @Option(help: "Client threads (each with one keep-alive connection).") var workers = 256
    @Option(help: "Timeout of each request, in seconds.") var timeout = 10

    func run() async throws {
        let location = database.sqlitePath == nil && ProcessInfo.processInfo.environment["DATABASE_URL"] == nil
            ? DatabaseLocation.sqlite(path: BenchCommand.defaultPath) : database.location()
        if case .sqlite(let path) = location, regenerate || !FileManager.default.fileExists(atPath: path) {
            try await BenchGenerateCommand.generateFresh(
                database: try DatabaseOptions.parse(["--sqlite", path]),
                generation: try GenerationOptions.parse(["--members", String(members)]))
        }
        let db = try await Database.open(location, logger: commandLogger())
        do {
            _ = try await Migrator(database: db).migrate()
            let report = try await measure(db)
            try await db.shutdown()
            print(report.text(command: CommandLine.arguments.joined(separator: " ")))
        } catch {
            try? await db.shutdown()
            throw error
        }
    }

    private func measure(_ db: Database) async throws -> BenchPortalReport {
        guard let fund = try await db.repositories.funds.chosen(nil) else {
            throw ValidationError("The database has no fund: run lgps bench generate first")
        }
        var report = BenchPortalReport(cores: ProcessInfo.processInfo.activeProcessorCount)
        report.records = try await countRecords(db, fundID: fund.id)
        print("Fund \(fund.code): \(report.records.grouped) pension records")
        let cipher = try FieldCipher.load(environment: ["LGPS_DATA_KEY": Self.randomKey()],
                                          keyFile: "/nonexistent")
        let setupStarted = ContinuousClock.now
        let members = try await BenchPortalAccounts(database: db, fundID: fund.id, cipher: cipher)
            .make(count: accounts, tag: String(Int(Date().timeIntervalSince1970)))
        report.accounts = members.count
        report.setupSeconds = (ContinuousClock.now - setupStarted).seconds
        report.hashMilliseconds = try Self.hashMilliseconds(samples: hashSamples)
        report.parallelHashRate = try Self.parallelHashRate(threads: report.cores, samples: hashSamples)
        print("argon2id verify: " + String(format: "%.1f", report.hashMilliseconds) + " ms on one thread; measured ceiling "
              + String(format: "%.1f", report.ceiling) + " verifications/s with \(report.cores) threads at once")

        let server = try await BenchPortalServer.start(database: db, cipher: cipher)
        let port = UInt16(server.port), limit = Duration.seconds(timeout), seconds = seconds, workers = workers
        let pool = BenchAccountPool(count: members.count), book = BenchSessionBook()
        let signInRate = report.ceiling * load, overloadRate = report.ceiling * overload
        let overloadPageRate = overloadPageRate
        do {
            print("Sign-in phase: \(String(format: "%.1f", signInRate)) sign-ins/s offered for \(seconds) s")
            report.signIn = await Self.signIns(rate: signInRate, seconds: seconds, workers: workers, port: port,
                                               timeout: limit, members: members, pool: pool, sessions: book)
            let sessions = book.all
            guard !sessions.isEmpty else { throw BenchPortalError.noSessions }
            print("Overload phase: \(String(format: "%.1f", overloadRate)) sign-ins/s offered, "
                  + "\(Int(overloadPageRate)) pages/s, for \(seconds) s")
            async let overloaded = Self.signIns(rate: overloadRate, seconds: seconds, workers: workers, port: port,
                                                timeout: limit, members: members, pool: pool, sessions: nil)
            async let pagesMeanwhile = Self.pages(rate: overloadPageRate, seconds: seconds, workers: workers,
                                                  port: port, timeout: limit, sessions: sessions)
            report.overload = await overloaded
            report.overloadPages = await pagesMeanwhile
            print("Record-page phase: \(Int(pageRate)) pages/s for \(seconds) s over \(sessions.count) sessions")
            report.pages = await Self.pages(rate: pageRate, seconds: seconds, workers: workers, port: port,
                                            timeout: limit, sessions: sessions)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        report.peakMemory = PeakMemory.mebibytes()
        return report
    }

    private static func signIns(rate: Double, seconds: Int, workers: Int, port: UInt16, timeout: Duration,
                                members: [BenchMember], pool: BenchAccountPool, sessions: BenchSessionBook?) async
        -> BenchPortalPhase {
        let tally = BenchTally()
        let started = ContinuousClock.now
        await OpenLoop.run(rate: rate, count: Int(rate * Double(seconds)), workers: workers) {
            let signIn = BenchSignIn(connection: BenchConnection(port: port, timeout: timeout), members: members,
                                     pool: pool, sessions: sessions, tally: tally)
            return { _, due in signIn.run(due: due) }
        }
        return BenchPortalPhase(offered: rate, seconds: (ContinuousClock.now - started).seconds, tally: tally)
    }

    private static func pages(rate: Double, seconds: Int, workers: Int, port: UInt16, timeout: Duration,
                              sessions: [BenchSession]) async -> BenchPortalPhase {
        let tally = BenchTally()
        let started = ContinuousClock.now
        await OpenLoop.run(rate: rate, count: Int(rate * Double(seconds)), workers: min(workers, 64)) {
            let page = BenchRecordPage(connection: BenchConnection(port: port, timeout: timeout), sessions: sessions,
                                       tally: tally, name: "page")
            return { index, due in page.run(index: index, due: due) }
        }
        return BenchPortalPhase(offered: rate, seconds: (ContinuousClock.now - started).seconds, tally: tally)
    }

    /// Milliseconds per argon2id verification (the server's parameters) on one thread, after one warm-up.
    static func hashMilliseconds(samples: Int) throws -> Double {
        let hasher = PasswordHasher.standard
        let hash = try hasher.hash(BenchSignIn.password)
        _ = hasher.verify(BenchSignIn.password, against: hash)
        let started = ContinuousClock.now
        for _ in 0..<max(1, samples) { _ = hasher.verify(BenchSignIn.password, against: hash) }
        return (ContinuousClock.now - started).seconds * 1000 / Double(max(1, samples))
    }

    /// Verifications per second with one thread per core hashing at once (memory bandwidth and caches are shared,
    /// so this can be below the single-hash ceiling).
    static func parallelHashRate(threads: Int, samples: Int) throws -> Double {
        let hasher = PasswordHasher.standard
        let hash = try hasher.hash(BenchSignIn.password)
        let each = max(1, samples)
        let started = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: max(1, threads)) { _ in
            for _ in 0..<each { _ = hasher.verify(BenchSignIn.password, against: hash) }
        }
        return Double(each * max(1, threads)) / max((ContinuousClock.now - started).seconds, 0.001)
    }

    private func countRecords(_ db: Database, fundID: Int64) async throws -> Int {
        var count = 0, after: Int64 = 0
        while true {
            let page = try await db.repositories.records.ids(fundID: fundID, after: after, limit: 100_000)
            guard let last = page.last else { break }
            count += page.count
            after = last
        }
        return count
    }

    /// A data key for this run only (base64 of 32 random bytes): the accounts' secrets are sealed with it and
    /// the in-process server opens them with it.
    static func randomKey() -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }).base64EncodedString()
    }
}
