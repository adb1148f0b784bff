/// The SQL repositories of one ``Database``, typed as their protocols so callers can substitute fakes.
public struct Repositories: Sendable {
    /// Funds.
    public var funds: any FundRepository
    /// Employers and their rates.
    public var employers: any EmployerRepository
    /// People, search and nominations.
    public var people: any PersonRepository
    /// Pension records and their histories.
    public var records: any RecordRepository
    /// The audit trail.
    public var audit: any AuditRepository
    /// Staff users.
    public var staff: any StaffUserRepository
    /// Expiring key/value entries (sessions).
    public var keyValues: any KeyValueStore
    /// Bulk loading for the generator.
    public var bulk: any BulkLoader
    /// Statement runs and stored statements.
    public var statements: any StatementStore
    /// Pensioners' bank details, sealed.
    public var bankDetails: any BankDetailsRepository
    /// Members' portal accounts and recovery codes.
    public var portalAccounts: any PortalAccountRepository
    /// Activation keys and mailings.
    public var activationKeys: any ActivationKeyRepository
    /// Portal registrations in progress.
    public var registrations: any RegistrationRepository
    /// Each fund's portal settings.
    public var portalSettings: any PortalSettingsRepository
    /// The notification outbox.
    public var notifications: any NotificationOutbox
    /// Members' portal sessions as they see them (SESS-5, SESS-7).
    public var portalSessions: any PortalSessionRepository
    /// The staff work queue: tasks, their messages and members' documents.
    public var casework: any CaseworkRepository
    /// P60s and payslips from the pensioner payroll.
    public var payrollDocuments: any PayrollDocumentRepository
    /// Annual allowance history published to members.
    public var annualAllowance: any AnnualAllowanceRepository

    /// The SQL implementations over `database`.
    public init(database: Database) {
        funds = SQLFundRepository(database: database)
        employers = SQLEmployerRepository(database: database)
        people = SQLPersonRepository(database: database)
        records = SQLRecordRepository(database: database)
        audit = SQLAuditRepository(database: database)
        staff = SQLStaffUserRepository(database: database)
        keyValues = SQLKeyValueStore(database: database)
        bulk = SQLBulkLoader(database: database)
        statements = SQLStatementStore(database: database)
        bankDetails = SQLBankDetailsRepository(database: database)
        portalAccounts = SQLPortalAccountRepository(database: database)
        activationKeys = SQLActivationKeyRepository(database: database)
        registrations = SQLRegistrationRepository(database: database)
        portalSettings = SQLPortalSettingsRepository(database: database)
        notifications = SQLNotificationOutbox(database: database)
        portalSessions = SQLPortalSessionRepository(database: database)
        casework = SQLCaseworkRepository(database: database)
        payrollDocuments = SQLPayrollDocumentRepository(database: database)
        annualAllowance = SQLAnnualAllowanceRepository(database: database)
    }
}
