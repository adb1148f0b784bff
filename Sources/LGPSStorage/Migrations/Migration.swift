import SQLKit

/// One numbered, reversible schema change. `prepare` and `revert` run inside a transaction.
public protocol Migration: Sendable {
    /// Position in the sequence (1, 2, 3 ...); recorded in `schema_migrations` once applied.
    var number: Int { get }
    /// A short description for logs.
    var name: String { get }
    /// Applies the change.
    func prepare(on database: any SQLDatabase) async throws
    /// Undoes the change.
    func revert(on database: any SQLDatabase) async throws
}

extension SQLDatabase {
    /// Whether this connection speaks PostgreSQL (for the few dialect-specific column options in migrations).
    var isPostgres: Bool { dialect.name == "postgresql" }
}

/// The migrations of OpenLGPS, in order.
public enum Migrations {
    /// Every migration, by number.
    public static let all: [any Migration] = [
        Migration001_Funds(),
        Migration002_StaffUsers(),
        Migration003_Employers(),
        Migration004_People(),
        Migration005_PensionRecords(),
        Migration006_Service(),
        Migration007_CareYears(),
        Migration008_DebitsAndMcCloud(),
        Migration009_AuditLog(),
        Migration010_KeyValues(),
        Migration011_FinalPay(),
        Migration012_RecordPersonIndex(),
        Migration013_Statements(),
        Migration014_Portal(),
        Migration015_Casework(),
        Migration016_BankDetails(),
        Migration017_NotifyDelivery(),
        Migration018_PortalSessions(),
        Migration019_PayrollDocuments(),
        Migration020_AnnualAllowance(),
        Migration021_PensionCredits(),
        Migration022_DebitParts(),
    ]
}
