import LGPSPDF
import LGPSStatementRun
import LGPSStorage
import Logging
import Prometheus

extension WebDependencies {
    /// Dependencies backed by `database`: its repositories and clock, its pool figures on `/metrics`, and a
    /// `DatabaseService` so the database is closed after the server stops on graceful shutdown.
    public init(database: Database, logger: Logger, metrics: PrometheusCollectorRegistry) {
        let repositories = database.repositories
        self.init(funds: repositories.funds, employers: repositories.employers, people: repositories.people,
                  records: repositories.records, audit: repositories.audit, staff: repositories.staff,
                  keyValues: repositories.keyValues, statements: repositories.statements,
                  statementRuns: nil, clock: database.clock, logger: logger, metrics: metrics,
                  poolStatistics: {
                      let statistics = database.poolStatistics()
                      var gauges = [(name: "connections_configured", value: statistics.configured)]
                      if let inUse = statistics.inUse { gauges.append((name: "connections_in_use", value: inUse)) }
                      return gauges
                  },
                  services: [DatabaseService(database: database)])
        statementRuns = BackgroundStatementRuns(database: database, parameters: parameters, logger: logger)
        let printer = PDFRenderer(pages: 1)
        statementPrinter = printer
        services.insert(PDFRendererService(renderer: printer), at: 0)
    }
}
