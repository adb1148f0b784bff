import Foundation
import LGPSGenerate
import LGPSParameters
import LGPSRules
import LGPSStatementRun
import LGPSStatements
import LGPSStorage
import LGPSTestSupport
import Logging

/// The databases the suite runs on (shared with the other suites: `LGPSTestSupport`).
typealias Backend = TestBackend

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
        try await ScratchDatabase.with(backend, label: "r", clock: clock(), logger: logger) { database in
            let repositories = database.repositories
            _ = try await FundGenerator(seed: 7, members: members, batchSize: 200)
                .run(into: repositories.bulk, funds: repositories.funds, employers: repositories.employers) { _ in }
            let service = try await StatementService.make(database: database, fundCode: nil, year: year,
                                                          parameters: parameters)
            return try await body(database, service)
        }
    }

    static func request(_ service: StatementService, pdfs: StatementRunRequest.PDFMode = .none,
                        kind: StatementKind? = nil, limit: Int? = nil, fresh: Bool = false) -> StatementRunRequest {
        StatementRunRequest(fundID: service.fund.id, year: year, kind: kind, limit: limit, pdfs: pdfs,
                            issuedOn: issuedOn, fresh: fresh)
    }
}
