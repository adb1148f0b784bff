import Foundation
import LGPSGenerate
import LGPSParameters
import LGPSRules
import LGPSStatementRun
import LGPSStatements
import LGPSStorage
import Logging
import SQLKit

/// The databases the suite runs on: SQLite always, PostgreSQL too when `DATABASE_URL` is set.
enum Backend: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite, postgres

    static var all: [Backend] {
        ProcessInfo.processInfo.environment["DATABASE_URL"].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgres] }
            ?? [.sqlite]
    }

    var description: String { rawValue }
}

/// A generated fund in a fresh database, with a statement service over it.
enum RunFixture {
    static let parameters: SchemeParameters = try! ParameterLoader().load().scheme
    static let year = SchemeYear(startYear: 2025)
    static let issuedOn = CalendarDate(2026, 6, 1)
    static let logger = Logger(label: "lgps.statementrun.tests")

    static func clock() -> SteppingClock {
        SteppingClock(start: Timestamp(microseconds: 1_780_000_000_000_000), stepMicroseconds: 1_000,
                      date: CalendarDate(2026, 6, 1))
    }

    /// Runs `body` with a fresh database holding a generated fund of `members` people (seed 7) and a service.
    static func with<R: Sendable>(_ backend: Backend, members: Int = 300,
                                  _ body: (Database, StatementService) async throws -> R) async throws -> R {
        let name = "lgps_r_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let location: DatabaseLocation
        let cleanup: () async throws -> Void
        switch backend {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lgps-run-tests/\(name)")
            location = .sqlite(path: directory.appendingPathComponent("run.sqlite").path)
            cleanup = { try? FileManager.default.removeItem(at: directory) }
        case .postgres:
            let admin = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
            try await adminCommand("CREATE DATABASE \(name)", adminURL: admin)
            var components = URLComponents(string: admin)!
            components.path = "/\(name)"
            location = .postgres(url: components.string!)
            cleanup = { try await adminCommand("DROP DATABASE IF EXISTS \(name)", adminURL: admin) }
        }
        let database = try await Database.open(location, logger: logger, clock: clock())
        do {
            _ = try await Migrator(database: database).migrate()
            let repositories = database.repositories
            _ = try await FundGenerator(seed: 7, members: members, batchSize: 200)
                .run(into: repositories.bulk, funds: repositories.funds, employers: repositories.employers) { _ in }
            let service = try await StatementService.make(database: database, fundCode: nil, year: year,
                                                          parameters: parameters)
            let result = try await body(database, service)
            try await database.shutdown()
            try await cleanup()
            return result
        } catch {
            try? await database.shutdown()
            try? await cleanup()
            throw error
        }
    }

    static func request(_ service: StatementService, pdfs: StatementRunRequest.PDFMode = .none,
                        kind: StatementKind? = nil, limit: Int? = nil, fresh: Bool = false) -> StatementRunRequest {
        StatementRunRequest(fundID: service.fund.id, year: year, kind: kind, limit: limit, pdfs: pdfs,
                            issuedOn: issuedOn, fresh: fresh)
    }

    private static func adminCommand(_ statement: String, adminURL: String) async throws {
        let admin = try await Database.open(.postgres(url: adminURL), logger: logger)
        do {
            try await admin.sql.execute(sql: SQLRaw(statement)) { _ in }
            try await admin.shutdown()
        } catch {
            try? await admin.shutdown()
            throw error
        }
    }
}
