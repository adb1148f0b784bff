import Crypto
import LGPSPDF
import LGPSPortal
import LGPSStatementRun
import LGPSStorage
import Logging
import Prometheus

extension WebDependencies {
    /// Dependencies backed by `database`: its repositories and clock, its pool figures on `/metrics`, and a
    /// `DatabaseService` so the database is closed after the server stops on graceful shutdown. Secrets at rest
    /// are sealed with `cipher`; without one (tests) a key is made for this process only, so nothing sealed
    /// survives it — the server passes the fund's key (CRYPTO-3). Uploaded documents are kept in
    /// `documentDirectory`, by default `uploads` beside a SQLite database (else `./data/uploads`).
    public init(database: Database, logger: Logger, metrics: PrometheusCollectorRegistry, cipher: FieldCipher? = nil,
                documentDirectory: String? = nil) {
        let repositories = database.repositories
        self.init(funds: repositories.funds, employers: repositories.employers, people: repositories.people,
                  records: repositories.records, audit: repositories.audit, staff: repositories.staff,
                  portal: PortalServices(repositories: repositories,
                                         cipher: cipher ?? FieldCipher(key: SymmetricKey(size: .bits256))),
                  keyValues: repositories.keyValues, statements: repositories.statements,
                  bankDetails: repositories.bankDetails,
                  statementRuns: nil, clock: database.clock, logger: logger, metrics: metrics,
                  poolStatistics: {
                      let statistics = database.poolStatistics()
                      var gauges = [(name: "connections_configured", value: statistics.configured)]
                      if let inUse = statistics.inUse { gauges.append((name: "connections_in_use", value: inUse)) }
                      return gauges
                  },
                  services: [DatabaseService(database: database)],
                  casework: CaseworkServices(tasks: repositories.casework,
                                             files: documentDirectory.map { DocumentStore(directory: $0) }
                                                 ?? DocumentStore(besideDatabase: database.location),
                                             payroll: repositories.payrollDocuments))
        statementRuns = BackgroundStatementRuns(database: database, parameters: parameters, logger: logger)
        let printer = PDFRenderer(pages: 1)
        statementPrinter = printer
        services.insert(PDFRendererService(renderer: printer), at: 0)
    }
}
