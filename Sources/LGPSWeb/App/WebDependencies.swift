import LGPSParameters
import LGPSPortal
import LGPSPDF
import LGPSRules
import LGPSStatementRun
import LGPSStorage
import Logging
import Prometheus
import ServiceLifecycle

/// Everything the web application talks to, passed in so tests and the `lgps` executable wire it the same way.
public struct WebDependencies: Sendable {
    /// Funds (used for the health check's trivial read).
    public var funds: any FundRepository
    /// Employers, for names on record pages.
    public var employers: any EmployerRepository
    /// People: search, read and audited edits.
    public var people: any PersonRepository
    /// Pension records.
    public var records: any RecordRepository
    /// The audit trail, for history tables.
    public var audit: any AuditRepository
    /// Staff users, for sign-in.
    public var staff: any StaffUserRepository
    /// The member portal's accounts, keys, registrations, settings and outbox, and its account rules.
    public var portal: PortalServices
    /// Where server-side sessions are kept.
    public var keyValues: any KeyValueStore
    /// Stored statements and statement runs.
    public var statements: any StatementStore
    /// Pensioners' bank details, sealed (CRYPTO-3).
    public var bankDetails: any BankDetailsRepository
    /// Works statement runs started from the staff pages (nil where runs cannot be started, such as in tests of
    /// other pages).
    public var statementRuns: BackgroundStatementRuns?
    /// Makes a statement's PDF on first download when its run made none (nil: such statements have no PDF).
    public var statementPrinter: PDFRenderer?
    /// The time, for sessions and "today" in validation.
    public var clock: any WallClock
    /// Root logger for requests and events.
    public var logger: Logger
    /// Registry `/metrics` reads and the request metrics write to.
    public var metrics: PrometheusCollectorRegistry
    /// Current database pool figures as named gauges (`open_connections`, ...), read on each `/metrics` scrape.
    public var poolStatistics: @Sendable () -> [(name: String, value: Int)]
    /// Services to run alongside the server, in order (the database service): ServiceLifecycle shuts them down
    /// after the server stops, so the database closes last.
    public var services: [any Service]
    /// The dated, cited parameters the benefit calculations use (or why they could not be loaded).
    public var parameters: Result<SchemeParameters, any Error>
    /// The work queue and members' messages and documents (nil: those pages are not offered).
    public var casework: CaseworkServices?
    /// The bearer token GOV.UK Notify sends with delivery-status callbacks, as the fund set it in Notify
    /// (`NOTIFY_CALLBACK_TOKEN`); nil: the callback route is not offered (docs/notify.md).
    public var notifyCallbackToken: String? = nil

    /// Creates the dependencies.
    public init(funds: any FundRepository, employers: any EmployerRepository, people: any PersonRepository,
                records: any RecordRepository, audit: any AuditRepository, staff: any StaffUserRepository,
                portal: PortalServices, keyValues: any KeyValueStore, statements: any StatementStore,
                bankDetails: any BankDetailsRepository,
                statementRuns: BackgroundStatementRuns?, clock: any WallClock, logger: Logger,
                metrics: PrometheusCollectorRegistry,
                poolStatistics: @escaping @Sendable () -> [(name: String, value: Int)] = { [] },
                services: [any Service] = [], parameters: Result<SchemeParameters, any Error>? = nil,
                casework: CaseworkServices? = nil) {
        self.funds = funds
        self.employers = employers
        self.people = people
        self.records = records
        self.audit = audit
        self.staff = staff
        self.portal = portal
        self.keyValues = keyValues
        self.statements = statements
        self.bankDetails = bankDetails
        self.statementRuns = statementRuns
        self.clock = clock
        self.logger = logger
        self.metrics = metrics
        self.poolStatistics = poolStatistics
        self.services = services
        self.parameters = parameters ?? Result { try ParameterLoader().load().scheme }
        self.casework = casework
    }
}
